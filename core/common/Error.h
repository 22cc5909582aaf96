#pragma once

#include <QString>

namespace Lexecon {

// An error is a value: a stable machine code, a sentence for a person, and the input field at fault.
struct Error
{
    enum class Code {
        InvalidInput, // bad input from the caller: exit 2 / HTTP 400
        NotFound,
        Forbidden,    // the acting principal lacks the permission
        Conflict,     // state does not allow it (already claimed, already resolved, ...)
        Integrity,    // a check failed (verification): exit 1
        Internal,     // storage, crypto or a bug
    };

    Code code = Code::Internal;
    QString message;
    QString field;

    static Error invalid(const QString &field, const QString &message) { return {Code::InvalidInput, message, field}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message, {}}; }
    static Error forbidden(const QString &message) { return {Code::Forbidden, message, {}}; }
    static Error conflict(const QString &message) { return {Code::Conflict, message, {}}; }
    static Error integrity(const QString &message) { return {Code::Integrity, message, {}}; }
    static Error internal(const QString &message) { return {Code::Internal, message, {}}; }

    QString codeName() const
    {
        switch (code) {
        case Code::InvalidInput: return QStringLiteral("invalid_input");
        case Code::NotFound: return QStringLiteral("not_found");
        case Code::Forbidden: return QStringLiteral("forbidden");
        case Code::Conflict: return QStringLiteral("conflict");
        case Code::Integrity: return QStringLiteral("integrity");
        case Code::Internal: return QStringLiteral("internal");
        }
        return QStringLiteral("internal");
    }
};

} // namespace Lexecon
