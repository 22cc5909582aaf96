#pragma once

#include <QByteArray>
#include <QString>

namespace Lexecon::Test {

// Tests that open a NodeIdentity need LEXECON_SECRET_FILE. CTest sets it; when a test runs on its own
// without it, this writes passphrase to dir/secret and points the variable there. False if writing fails.
bool useSecretFileIfUnset(const QString &dir, const QByteArray &passphrase);

} // namespace Lexecon::Test
