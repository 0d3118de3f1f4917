#include "LessonTextBrowser.h"

#include <QDir>
#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace nw {

LessonTextBrowser::LessonTextBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
}

QVariant LessonTextBrowser::loadResource(int type, const QUrl& name)
{
    if (type == QTextDocument::ImageResource) {
        // "images/a.png" and "./images/a.png" name the same entry.
        const QString entry = QDir::cleanPath(name.path());
        const auto it = m_files.find(entry);
        if (it != m_files.end()) {
            QImage image;
            if (image.loadFromData(it->second))
                return image;
        }
        return {}; // no file on disk is read for a lesson's image
    }
    if (name.scheme() == QLatin1String("http") || name.scheme() == QLatin1String("https"))
        return {};
    return QTextBrowser::loadResource(type, name);
}

} // namespace nw
