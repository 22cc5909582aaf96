// libFuzzer target: untrusted zip files (an auditor opens packets received from elsewhere)
// through ZipDirectory::parse, which PacketReader uses instead of libzip for the directory.
// Besides crashes and sanitizer reports, it aborts when a result breaks what the reader relies
// on: every error is an Integrity error with a sentence, and every member of an accepted
// directory lies, header and data, before the directory starts.
#include "audit/ZipDirectory.h"
#include "audit/ZipFormat.h"

#include "FuzzCheck.h"

using namespace Lexecon;

using Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView file(reinterpret_cast<const char *>(data), qsizetype(size));
    auto directory = ZipDirectory::parse(file);
    if (!directory) {
        check(directory.error().code == Error::Code::Integrity, "error is not Integrity");
        check(!directory.error().message.isEmpty(), "error has no message");
        return 0;
    }
    check(directory->directoryStart() >= 0 && directory->directoryStart() <= qint64(size), "directory outside the file");
    for (const ZipMember &m : directory->members()) {
        check(m.localHeader >= 0 && m.packedSize >= 0 && m.size >= 0, "negative member field");
        check(m.localHeader + ZipFormat::LocalHeaderSize + m.packedSize <= directory->directoryStart(), "member data outside the file");
    }
    return 0;
}
