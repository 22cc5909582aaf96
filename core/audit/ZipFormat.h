#pragma once

#include <QtEndian>
#include <QtGlobal>

// The zip records a packet uses (APPNOTE 6.3.10, section 4.3), shared by the writer
// (PacketArchiveWriter) and the readers (ZipDirectory, PacketReader).
namespace Lexecon::ZipFormat {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndRecordSignature = 0x06054b50;
constexpr quint32 Zip64EndRecordSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;

constexpr qint64 LocalHeaderSize = 30;   // before the name and extra field
constexpr qint64 CentralHeaderSize = 46; // before the name, extra field and comment
constexpr qint64 EndRecordSize = 22;     // before the comment

// Little-endian fields of a record in memory.
inline quint16 le16(const uchar *p) { return qFromLittleEndian<quint16>(p); }
inline quint32 le32(const uchar *p) { return qFromLittleEndian<quint32>(p); }
inline quint64 le64(const uchar *p) { return qFromLittleEndian<quint64>(p); }

} // namespace Lexecon::ZipFormat
