#include "AnalysisExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>
#include <QWidget>

namespace nw {

namespace {
bool saveBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("nw::AnalysisExport", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool exportPng(QWidget* figure, const QString& path, QString* error)
{
    QImage image(figure->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        figure->render(&painter);
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    return saveBytes(path, bytes, error);
}

bool exportSvg(QWidget* figure, const QString& path, const QString& title, QString* error)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(figure->size());
        generator.setViewBox(QRect(QPoint(0, 0), figure->size()));
        generator.setTitle(title);
        QPainter painter(&generator);
        figure->render(&painter);
    }
    return saveBytes(path, bytes, error);
}

bool exportText(const QString& path, const QString& text, QString* error)
{
    return saveBytes(path, text.toUtf8(), error);
}

QToolButton* makeExportButton(QWidget* parent, QWidget* figure, const QString& baseName, std::function<QString()> csv)
{
    auto* button = new QToolButton(parent);
    button->setText(QCoreApplication::translate("nw::AnalysisExport", "Export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    auto ask = [parent, baseName](const QString& suffix, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("nw::AnalysisExport", "Export"),
            baseName + QLatin1Char('.') + suffix, filter);
    };
    auto report = [parent](bool ok, const QString& error) {
        if (!ok)
            QMessageBox::warning(parent, QCoreApplication::translate("nw::AnalysisExport", "Export failed"), error);
    };
    QObject::connect(menu->addAction(QCoreApplication::translate("nw::AnalysisExport", "Figure as PNG…")),
        &QAction::triggered, button, [=] {
            const QString path
                = ask(QStringLiteral("png"), QCoreApplication::translate("nw::AnalysisExport", "PNG images (*.png)"));
            QString error;
            if (!path.isEmpty())
                report(exportPng(figure, path, &error), error);
        });
    QObject::connect(menu->addAction(QCoreApplication::translate("nw::AnalysisExport", "Figure as SVG…")),
        &QAction::triggered, button, [=] {
            const QString path
                = ask(QStringLiteral("svg"), QCoreApplication::translate("nw::AnalysisExport", "SVG images (*.svg)"));
            QString error;
            if (!path.isEmpty())
                report(exportSvg(figure, path, baseName, &error), error);
        });
    QObject::connect(menu->addAction(QCoreApplication::translate("nw::AnalysisExport", "Data as CSV…")),
        &QAction::triggered, button, [=] {
            const QString path
                = ask(QStringLiteral("csv"), QCoreApplication::translate("nw::AnalysisExport", "CSV files (*.csv)"));
            QString error;
            if (!path.isEmpty())
                report(exportText(path, csv(), &error), error);
        });
    button->setMenu(menu);
    return button;
}

} // namespace nw
