#pragma once
// The one colour of each class, the same in every view (decision boundary, dataset
// preview, projections, ROC and precision-recall curves), chosen by
// DisplayPreferences:
//  - standard: TensorFlow Playground's orange and blue, then Tableau 10;
//  - colour-blind safe: Okabe and Ito's eight colours (distinct under protanopia,
//    deuteranopia and tritanopia), then a violet and Paul Tol's wine;
//  - presentation mode: the standard hues, darkened until each stands out against
//    the white of a projected slide (contrast ratio at least 3).
#include <QColor>

namespace nw {

class ClassPalette {
public:
    enum class Scheme { Standard, ColourBlindSafe, HighContrast };

    // The scheme DisplayPreferences asks for now.
    static Scheme currentScheme();
    // Class `classId`'s colour in the current scheme; classes beyond the palette
    // wrap around; a negative id (no label) is a neutral grey.
    static QColor colour(int classId);
    static QColor colour(int classId, Scheme scheme);
    // How many distinct colours a scheme has before it repeats.
    static int size(Scheme scheme);
};

} // namespace nw
