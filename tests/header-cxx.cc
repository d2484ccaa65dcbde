// SPDX-License-Identifier: MIT
// The public header compiles as C++ (with -Wall -Wextra -pedantic -Werror) and one call links.
#include <httpstatus.h>
#include <cstdio>
#include <cstring>

int main()
{
	const httpstatus_status *s = httpstatus_status_from_name("NOT_FOUND", HTTPSTATUS_NUL_TERMINATED);
	bool ok = s != nullptr && httpstatus_status_code(s) == HTTPSTATUS_NOT_FOUND &&
		  std::strcmp(httpstatus_status_phrase(s), "Not Found") == 0;

	std::printf("%s 1 - the header compiles as C++ and links\n1..1\n", ok ? "ok" : "not ok");
	return ok ? 0 : 1;
}
