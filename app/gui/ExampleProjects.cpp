#include "ExampleProjects.h"

#include "data/BundledDatasets.h"
#include "graph/GraphScene.h"
#include "io/ProjectFile.h"
#include "model/NetworkDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>

namespace nw {

QString ExampleProjects::directory()
{
    return QDir(QString::fromStdString(resourceDirectory())).filePath(QStringLiteral("examples"));
}

QVector<ExampleProject> ExampleProjects::all()
{
    QVector<ExampleProject> examples;
    const QDir dir(directory());
    const QStringList files = dir.entryList({ QStringLiteral("*.nwproj") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QString error;
        const QString path = dir.absoluteFilePath(file);
        std::optional<Project> project = ProjectFile::read(path, &error);
        if (!project)
            continue; // a broken example must not break the gallery
        examples.append({ path, QFileInfo(file).completeBaseName(), std::move(*project) });
    }
    return examples;
}

bool ExampleProjects::isExample(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && QFileInfo(info.absolutePath()).canonicalFilePath()
        == QFileInfo(directory()).canonicalFilePath();
}

QImage ExampleProjects::thumbnail(const Project& project, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf4, 0xf5, 0xf7)); // the editor's canvas
    NetworkDocument document;
    QString error;
    if (!document.model()->fromJson(project.graph, &error))
        return image;
    GraphScene scene(&document);
    document.compileNow();
    const QRectF bounds = scene.graphBounds().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Centred, and never enlarged past 70% so a three-card network stays card-sized.
    const qreal scale = std::min({ size.width() / bounds.width(), size.height() / bounds.height(), 0.7 });
    const QSizeF drawn = bounds.size() * scale;
    const QRectF target(QPointF((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2), drawn);
    scene.render(&painter, target, bounds, Qt::IgnoreAspectRatio);
    return image;
}

} // namespace nw
