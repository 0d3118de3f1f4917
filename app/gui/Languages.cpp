#include "Languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace nw {

namespace {

const QString kKey = QStringLiteral("ui/language");

// Owned by the application object, so they live as long as the translations are used.
QTranslator* g_ours = nullptr;
QTranslator* g_qt = nullptr;

void drop(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QList<Language> Languages::available()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("zh_CN"), QStringLiteral("中文(简体)") },
    };
}

QString Languages::chosen()
{
    return QSettings().value(kKey).toString();
}

void Languages::setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale Languages::effectiveLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool Languages::install()
{
    drop(g_ours);
    drop(g_qt);
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale); // numbers and dates follow the interface language
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    bool found = true;
    auto* ours = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, ...) tries "netwright_zh_CN", then "netwright_zh".
    if (ours->load(locale, QStringLiteral("netwright"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        g_ours = ours;
    } else {
        delete ours;
        found = false;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return found;
}

} // namespace nw
