#include "ClassPalette.h"

#include "DisplayPreferences.h"

#include <array>

namespace nw {

namespace {

constexpr std::array<QRgb, 10> kStandard { 0xf59322, 0x0877bd, 0x2ca02c, 0x9467bd, 0xd62728, 0x8c564b, 0xe377c2,
    0x7f7f7f, 0xbcbd22, 0x17becf };
// Okabe & Ito (2008): orange, blue, bluish green, vermillion, reddish purple, sky
// blue, yellow, black; then a violet and Tol's wine for the ninth and tenth class,
// picked so that all ten stay at least 16 CIELAB units apart under simulated
// protanopia, deuteranopia and tritanopia (Machado et al. 2009) and normal vision.
constexpr std::array<QRgb, 10> kColourBlindSafe { 0xe69f00, 0x0072b2, 0x009e73, 0xd55e00, 0xcc79a7, 0x56b4e9,
    0xf0e442, 0x000000, 0xb66dff, 0x882255 };
// The standard hues made darker and more saturated: every one has a contrast
// ratio of at least 3 against white (WCAG's figure for graphics), which the
// pale ones (Playground's orange, olive, cyan) do not on a projector.
constexpr std::array<QRgb, 10> kHighContrast { 0xc25e00, 0x00509e, 0x1b7a1b, 0x6a3d9a, 0xb2161c, 0x6b3a2a, 0xb8278f,
    0x4d4d4d, 0x7a7a00, 0x00788a };

const std::array<QRgb, 10>& table(ClassPalette::Scheme scheme)
{
    switch (scheme) {
    case ClassPalette::Scheme::ColourBlindSafe:
        return kColourBlindSafe;
    case ClassPalette::Scheme::HighContrast:
        return kHighContrast;
    case ClassPalette::Scheme::Standard:
        break;
    }
    return kStandard;
}

} // namespace

ClassPalette::Scheme ClassPalette::currentScheme()
{
    const DisplayPreferences& preferences = DisplayPreferences::instance();
    // Colour-blind safety wins over contrast: Okabe-Ito's colours are already strong.
    if (preferences.colourBlindSafe())
        return Scheme::ColourBlindSafe;
    return preferences.presentationMode() ? Scheme::HighContrast : Scheme::Standard;
}

QColor ClassPalette::colour(int classId)
{
    return colour(classId, currentScheme());
}

QColor ClassPalette::colour(int classId, Scheme scheme)
{
    if (classId < 0)
        return QColor(0x99, 0x99, 0x99);
    const auto& colours = table(scheme);
    return QColor::fromRgb(colours[static_cast<std::size_t>(classId) % colours.size()]);
}

int ClassPalette::size(Scheme scheme)
{
    return static_cast<int>(table(scheme).size());
}

} // namespace nw
