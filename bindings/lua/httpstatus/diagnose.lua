-- httpstatus.diagnose: what httpstatus.library says of a file it refuses before loading it, read
-- only then.  Part of httpstatus.library, which runs this file from beside itself (never through
-- package.loaded) with what it found: the file's type (the S_IFMT bits of st_mode; nil when the C
-- library has no statx, false when it failed), the errno of what failed, the first bytes read, the
-- ELF class, byte order and machine of this process, and how to read a 16-bit field of the header.
local found, I = ...
if I == nil or found == nil then
	error("httpstatus.diagnose is a part of httpstatus, not a module of its own", 2)
end
local byte, format, gsub, match, sub = I.byte, I.format, I.gsub, I.match, I.sub

-- The file types st_mode names, but a regular file.
local TYPE = { [1] = "a FIFO", [2] = "a character device", [4] = "a directory", [6] = "a block device",
	[10] = "a symbolic link", [12] = "a socket" }
-- errno values of Linux's generic numbering, in words.
local ERRNO = { [2] = "there is no such file", [13] = "it cannot be read (permission denied)",
	[20] = "there is no such file (a part of its path is not a directory)", [21] = "it is a directory",
	[40] = "there is no such file (too many symbolic links)", [6] = "it is a FIFO or device with nothing behind it" }

local u16 = found.u16 -- a 16-bit field of the header in its byte order

-- The header HEAD of a regular file, in words.
local function header(head)
	if sub(head, 1, 8) == "!<arch>\n" then return "it is a static archive (.a), not a shared library" end
	if sub(head, 1, 4) ~= "\127ELF" then
		local text = gsub(head, "^%s*/%*.-%*/%s*", "")
		if match(text, "^%s*INPUT") or match(text, "^%s*GROUP") or match(text, "^%s*OUTPUT_FORMAT")
			or match(head, "^%s*/%*") then
			return "it is a linker script, not a shared library"
		end
		if head == "" then return "it is empty, not an ELF shared library" end
		return "it is not an ELF shared library"
	end
	if #head < 20 then return "it is not an ELF shared library (its header is cut short)" end
	if byte(head, 5) ~= found.class then
		return format("it is a %d-bit ELF file; this process is %d-bit", byte(head, 5) * 32, found.class * 32)
	end
	if byte(head, 6) ~= found.data then return "it is an ELF file of the other byte order" end
	if u16(head, 16) ~= 3 then return "it is an ELF file but not a shared object (ET_DYN)" end
	if found.machine ~= nil and u16(head, 18) ~= found.machine then
		return format("it is an ELF file for another machine (e_machine %d; this process is %d)", u16(head, 18),
			found.machine)
	end
	return "it is not a shared object this process can load"
end

local what
if found.kind == false then
	what = ERRNO[found.errno] or format("it cannot be read (errno %d)", found.errno or 0)
elseif found.kind ~= nil and found.kind ~= 8 then
	what = "it is " .. (TYPE[found.kind] or "not a regular file") .. ", not a regular file"
else
	what = header(found.head)
end
return { what = what }
