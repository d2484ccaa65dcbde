/* SPDX-License-Identifier: MIT */
/* The public header compiles as -std=c99 -pedantic -Werror and one call links. */
#include <httpstatus.h>
#include <stdio.h>

int main(void)
{
	int ok = httpstatus_status_code(httpstatus_status_from_code(HTTPSTATUS_OK)) == 200;

	printf("%s 1 - the header compiles as pedantic C99 and links\n1..1\n", ok ? "ok" : "not ok");
	return ok ? 0 : 1;
}
