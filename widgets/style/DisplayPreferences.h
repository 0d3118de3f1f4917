#pragma once
// How the window looks to the people in front of it, owned here once:
// presentation mode (a projector in a classroom: larger text, thicker lines, a
// high-contrast palette) and the colour-blind-safe palette for classes. Views read
// it when they paint (GraphStyle, ClassPalette) and repaint on changed(); the
// window's PresentationMode applies the parts that are the window's own (fonts,
// docks). The colour-blind choice persists in QSettings; presentation mode is for
// one session.
#include <QObject>

namespace nw {

class DisplayPreferences : public QObject {
    Q_OBJECT
public:
    static DisplayPreferences& instance();

    bool presentationMode() const { return m_presentation; }
    void setPresentationMode(bool on);
    bool colourBlindSafe() const { return m_colourBlindSafe; }
    void setColourBlindSafe(bool on);

    // Multiplies line widths and point sizes in views: thicker for a projector.
    qreal lineScale() const { return m_presentation ? 2.0 : 1.0; }
    // Multiplies font sizes: readable from the back of a classroom.
    qreal fontScale() const { return m_presentation ? 1.5 : 1.0; }

Q_SIGNALS:
    void changed();

private:
    DisplayPreferences();

    bool m_presentation = false;
    bool m_colourBlindSafe = false;
};

} // namespace nw
