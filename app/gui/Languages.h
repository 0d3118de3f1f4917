#pragma once
// The user interface languages: which ones ship, which one the user chose
// (QSettings "ui/language", empty for the system's), and installing the translators
// for it. main() installs them before the window is built; the Preferences dialog
// changes the setting, which takes effect at the next start.
#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace nw {

struct Language {
    QString code; // "de", "zh_CN"; empty: the system's language
    QString nativeName; // as the language calls itself, never translated
};

class Languages {
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    // English first, then the translations that ship (embedded under :/i18n).
    static QList<Language> available();

    static QString chosen(); // the setting; empty means the system's language
    static void setChosen(const QString& code);

    // The locale the interface uses: the chosen language, else the system's.
    static QLocale effectiveLocale();

    // Removes the translators an earlier call installed and installs ours and Qt's own
    // (qtbase_xx.qm, for the standard dialogs) for effectiveLocale(). Returns false
    // when a language other than English was asked for and our file is missing.
    static bool install();
};

} // namespace nw
