// The class colours every view shares (ClassPalette): the colour-blind-safe scheme
// keeps all ten classes apart for people with protanopia, deuteranopia and
// tritanopia (simulated with Machado, Oliveira and Fernandes' 2009 matrices at
// full severity, compared in CIELAB), where the standard one does not; the
// high-contrast scheme stands out on white; and the dataset preview, decision
// boundary and projection paint a class in one and the same colour.
#include "charts/DecisionBoundaryWidget.h"
#include "data/Dataset.h"
#include "panels/DatasetPreview.h"
#include "style/ClassPalette.h"
#include "style/DisplayPreferences.h"

#include <gtest/gtest.h>
#include <QColor>
#include <QSignalSpy>

#include <array>
#include <cmath>
#include <limits>

using namespace nw;

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

constexpr Mat3 kProtanopia { { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
    { -0.003882, -0.048116, 1.051998 } } };
constexpr Mat3 kDeuteranopia { { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
    { -0.011820, 0.042940, 0.968881 } } };
constexpr Mat3 kTritanopia { { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
    { 0.004733, 0.691367, 0.303900 } } };
constexpr Mat3 kNormal { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };

double linear(int channel)
{
    const double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

// The colour as a person with the given vision sees it, in CIELAB (D65).
Vec3 seenLab(const QColor& colour, const Mat3& vision)
{
    const Vec3 rgb { linear(colour.red()), linear(colour.green()), linear(colour.blue()) };
    Vec3 seen {};
    for (int i = 0; i < 3; ++i)
        seen[i] = std::clamp(vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2], 0.0, 1.0);
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

// The smallest CIELAB distance between any two of the scheme's first `classes` colours.
double closestPair(ClassPalette::Scheme scheme, int classes, const Mat3& vision)
{
    double closest = std::numeric_limits<double>::max();
    for (int a = 0; a < classes; ++a) {
        for (int b = a + 1; b < classes; ++b) {
            const Vec3 p = seenLab(ClassPalette::colour(a, scheme), vision);
            const Vec3 q = seenLab(ClassPalette::colour(b, scheme), vision);
            closest = std::min(closest, std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
        }
    }
    return closest;
}

double contrastOnWhite(const QColor& c)
{
    const double l = 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    return 1.05 / (l + 0.05);
}

} // namespace

TEST(ClassPalette, ColourBlindSafeKeepsTenClassesApartForEveryKindOfColourVision)
{
    using Scheme = ClassPalette::Scheme;
    ASSERT_EQ(ClassPalette::size(Scheme::ColourBlindSafe), 10);
    for (const Mat3* vision : { &kNormal, &kProtanopia, &kDeuteranopia, &kTritanopia })
        EXPECT_GE(closestPair(Scheme::ColourBlindSafe, 10, *vision), 15.0);
    // Why the option exists: with protanopia the standard blue and purple (classes
    // 1 and 3) look all but the same.
    EXPECT_LT(closestPair(Scheme::Standard, 4, kProtanopia), 5.0);
}

TEST(ClassPalette, HighContrastStandsOutOnWhiteAndStandardKeepsPlaygroundsColours)
{
    for (int k = 0; k < ClassPalette::size(ClassPalette::Scheme::HighContrast); ++k)
        EXPECT_GE(contrastOnWhite(ClassPalette::colour(k, ClassPalette::Scheme::HighContrast)), 3.0) << k;
    EXPECT_EQ(ClassPalette::colour(0, ClassPalette::Scheme::Standard), QColor(0xf5, 0x93, 0x22));
    EXPECT_EQ(ClassPalette::colour(1, ClassPalette::Scheme::Standard), QColor(0x08, 0x77, 0xbd));
    EXPECT_EQ(ClassPalette::colour(11, ClassPalette::Scheme::Standard), ClassPalette::colour(1, ClassPalette::Scheme::Standard));
    EXPECT_EQ(ClassPalette::colour(-1), QColor(0x99, 0x99, 0x99));
}

TEST(ClassPalette, FollowsThePreferencesAndSaysSo)
{
    DisplayPreferences& preferences = DisplayPreferences::instance();
    QSignalSpy changed(&preferences, &DisplayPreferences::changed);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::Standard);
    preferences.setPresentationMode(true);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::HighContrast);
    EXPECT_DOUBLE_EQ(preferences.lineScale(), 2.0);
    preferences.setColourBlindSafe(true);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::ColourBlindSafe);
    preferences.setColourBlindSafe(true); // no change, no signal
    preferences.setColourBlindSafe(false);
    preferences.setPresentationMode(false);
    EXPECT_EQ(ClassPalette::currentScheme(), ClassPalette::Scheme::Standard);
    EXPECT_EQ(changed.count(), 4);
}

// Class 3 was purple in the boundary and red in the dataset preview before they
// shared one palette.
TEST(ClassPalette, TheDatasetScatterPaintsEachClassInTheBoundarysColour)
{
    for (const ClassPalette::Scheme scheme : { ClassPalette::Scheme::Standard, ClassPalette::Scheme::ColourBlindSafe }) {
        // One point per class 0..4 on a diagonal; the scatter spans the data's range.
        std::vector<float> inputs;
        std::vector<int> labels;
        for (int k = 0; k < 5; ++k) {
            inputs.insert(inputs.end(), { float(k), float(k) });
            labels.push_back(k);
        }
        const Dataset dataset = Dataset::fromFloats(
            "diagonal", Shape { 2 }, std::move(inputs), std::move(labels), { "a", "b", "c", "d", "e" });
        const QImage scatter = renderDatasetScatter(dataset, scheme);
        ASSERT_FALSE(scatter.isNull());
        for (int k = 0; k < 5; ++k) {
            // The scatter's margin is 6 px; point k sits at k/4 of the inner square.
            const double inner = scatter.width() - 12.0;
            const QPoint at(qRound(6 + k / 4.0 * inner), qRound(6 + (1 - k / 4.0) * inner));
            const QColor expected = ClassPalette::colour(k, scheme);
            const QColor seen = scatter.pixelColor(at);
            // Drawn at 80% opacity over white (or the axis line's light grey at the middle).
            const auto blend = [](int c) { return qRound(c * 0.8 + 255 * 0.2); };
            EXPECT_NEAR(seen.red(), blend(expected.red()), 8) << k;
            EXPECT_NEAR(seen.green(), blend(expected.green()), 8) << k;
            EXPECT_NEAR(seen.blue(), blend(expected.blue()), 8) << k;
        }
    }
}
