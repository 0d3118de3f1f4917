#include "ExportMenu.h"

#include "OnnxExportJob.h"

#include "graph/GraphScene.h"
#include "io/GraphWeights.h"
#include "io/Project.h"
#include "io/SafetensorsFile.h"
#include "model/GraphCompiler.h"
#include "model/NetworkDocument.h"
#include "training/BackgroundWatcher.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>

namespace nw {

ExportMenu::ExportMenu(QMenu* parentMenu, NetworkDocument* document, GraphScene* scene, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window)
{
    QMenu* menu = parentMenu->addMenu(tr("&Export"));
    menu->addAction(tr("&Weights (.safetensors)…"), this, &ExportMenu::exportWeightsDialog)
        ->setObjectName(QStringLiteral("actionExportWeights"));
    menu->addAction(tr("&ONNX…"), this, &ExportMenu::exportOnnxDialog)
        ->setObjectName(QStringLiteral("actionExportOnnx"));
    menu->addAction(tr("&PyTorch Project…"), this, &ExportMenu::exportPyTorchDialog)
        ->setObjectName(QStringLiteral("actionExportPyTorch"));
    menu->addAction(tr("Graph as &Image (.png)…"), this, &ExportMenu::exportGraphImageDialog)
        ->setObjectName(QStringLiteral("actionExportImage"));
}

bool ExportMenu::exportWeights(const QString& path, QString* error) const
{
    const std::map<std::string, Tensor>& weights = m_document->weights();
    if (!weights.empty())
        return SafetensorsFile::write(path, weights, {}, error);
    // Never trained: the initial weights the seed draws, which is what training starts from.
    m_document->compileNow();
    if (!m_document->compileResult().ok()) {
        *error = tr("The network has problems; see the Problems panel.");
        return false;
    }
    // The document's compiled graph is shared and read-only: the seed's weights are
    // drawn in an engine graph of this export's own.
    CompileResult compiled = GraphCompiler().compile(*m_document->model());
    compiled.graph->initialize(m_document->trainingConfig().seed);
    return SafetensorsFile::write(path, collectWeights(*compiled.graph), {}, error);
}

bool ExportMenu::exportGraphImage(const QString& path, QString* error) const
{
    m_document->compileNow();
    const QRectF bounds = m_scene->graphBounds().adjusted(-24, -24, 24, 24);
    if (bounds.isEmpty()) {
        *error = tr("The network is empty.");
        return false;
    }
    const qreal scale = 2.0; // crisp on slides and printouts
    QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    m_scene->clearSelection(); // selection frames do not belong in a picture
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), bounds);
    painter.end();
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
    if (!image.save(path, "PNG")) {
        *error = tr("%1: the image could not be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void ExportMenu::exportWeightsDialog()
{
    const QString base = m_document->filePath().isEmpty() ? QDir::home().filePath(tr("weights.nwproj"))
                                                          : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Weights"), Project::defaultWeightsPath(base),
        tr("Safetensors weights (*.safetensors)"));
    QString error;
    if (!path.isEmpty() && !exportWeights(path, &error))
        QMessageBox::warning(m_window, tr("Cannot export the weights"), error);
}

BackgroundTask<QString> ExportMenu::exportOnnx(const QString& path) const
{
    return OnnxExportJob::start({ .project = m_document->project(),
        .projectPath = m_document->filePath(),
        .weights = m_document->weights(),
        .output = path });
}

void ExportMenu::exportOnnxDialog()
{
    QString base = m_document->filePath().isEmpty() ? QDir::home().filePath(tr("network.nwproj"))
                                                    : m_document->filePath();
    base.replace(QStringLiteral(".nwproj"), QStringLiteral(".onnx"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export ONNX Model"), base, tr("ONNX models (*.onnx)"));
    if (path.isEmpty())
        return;
    auto* watcher = new BackgroundWatcher<QString>(this);
    connect(watcher, &BackgroundWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (const QString error = watcher->result(); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot export the ONNX model"), error);
        else
            Q_EMIT exported(tr("Exported the ONNX model %1").arg(QDir::toNativeSeparators(path)));
    });
    watcher->setTask(exportOnnx(path));
}

BackgroundTask<PyTorchExportResult> ExportMenu::exportPyTorch(const QString& folder) const
{
    return PyTorchExportJob::start({ .project = m_document->project(),
        .projectPath = m_document->filePath(),
        .weights = m_document->weights(),
        .output = folder });
}

QString ExportMenu::pytorchFolderFor(const QString& chosen, const QString& projectPath)
{
    const QDir dir(chosen);
    if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) || dir.exists(QStringLiteral("model.py")))
        return chosen;
    const QString base = projectPath.isEmpty() ? QStringLiteral("network") : QFileInfo(projectPath).completeBaseName();
    return dir.filePath(base + QStringLiteral("-pytorch"));
}

void ExportMenu::exportPyTorchDialog()
{
    const QString start = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(m_window, tr("Export PyTorch Project into a Folder"), start);
    if (chosen.isEmpty())
        return;
    const QString folder = pytorchFolderFor(chosen, m_document->filePath());
    auto* watcher = new BackgroundWatcher<PyTorchExportResult>(this);
    connect(watcher, &BackgroundWatcher<PyTorchExportResult>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        const PyTorchExportResult result = watcher->result();
        if (!result.error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot export the PyTorch project"), result.error);
        else if (result.withData)
            Q_EMIT exported(tr("Exported the PyTorch project to %1").arg(QDir::toNativeSeparators(folder)));
        else
            Q_EMIT exported(tr("Exported the PyTorch project to %1 without data/: the dataset could not be read")
                                .arg(QDir::toNativeSeparators(folder)));
    });
    watcher->setTask(exportPyTorch(folder));
}

void ExportMenu::exportGraphImageDialog()
{
    QString base = m_document->filePath().isEmpty() ? QDir::home().filePath(tr("network.nwproj"))
                                                    : m_document->filePath();
    base.replace(QStringLiteral(".nwproj"), QStringLiteral(".png"));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Graph Image"), base, tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportGraphImage(path, &error))
        QMessageBox::warning(m_window, tr("Cannot export the image"), error);
}

} // namespace nw
