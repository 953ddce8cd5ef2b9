// The application's look: the platform's own style and colours, or Fusion with a light or a
// dark palette.
#pragma once

#include "preferences.h"

#include <QPalette>

namespace AppTheme {

// Needs a QApplication. The platform style is remembered on the first call, so System can
// bring it back after Light or Dark.
void apply(Preferences::Theme theme);
QPalette lightPalette();
QPalette darkPalette();

} // namespace AppTheme
