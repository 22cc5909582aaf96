#pragma once

#include <QPalette>

namespace Lexecon::Ui {

// The palette `lexecon --color-scheme dark` uses on platforms that report no colour scheme, and
// that TestDarkPalette walks every screen with.
namespace DarkPalette {
QPalette make();
} // namespace DarkPalette

} // namespace Lexecon::Ui
