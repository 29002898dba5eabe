#pragma once

#include <QString>

namespace sa::core {

/// The product's version (from the CMake project) and name, for --version and Help > About.
QString productVersion();
QString productName();

} // namespace sa::core
