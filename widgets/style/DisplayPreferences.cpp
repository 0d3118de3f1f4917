#include "DisplayPreferences.h"

#include <QSettings>

namespace nw {

namespace {
const QString kColourBlindKey = QStringLiteral("display/colourBlindSafe");
}

DisplayPreferences& DisplayPreferences::instance()
{
    static DisplayPreferences preferences;
    return preferences;
}

DisplayPreferences::DisplayPreferences()
    : m_colourBlindSafe(QSettings().value(kColourBlindKey, false).toBool())
{
}

void DisplayPreferences::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    Q_EMIT changed();
}

void DisplayPreferences::setColourBlindSafe(bool on)
{
    if (on == m_colourBlindSafe)
        return;
    m_colourBlindSafe = on;
    QSettings().setValue(kColourBlindKey, on);
    Q_EMIT changed();
}

} // namespace nw
