#include "WeightsImporter.h"

#include "ImportWeightsDialog.h"
#include "TrainingController.h"

#include "io/WeightsSource.h"
#include "model/NetworkDocument.h"
#include "model/WeightsImport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace nw {

WeightsImporter::WeightsImporter(NetworkDocument* document, TrainingController* training, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_training(training)
    , m_window(window)
{
}

void WeightsImporter::importDialog()
{
    const QString start = m_document->filePath().isEmpty() ? QDir::currentPath()
                                                           : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Weights"), start,
        tr("Projects and weights (*.nwproj *.safetensors);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool WeightsImporter::importFile(const QString& path, QString* error)
{
    QString problem;
    std::optional<WeightsImport> prepared;
    if (m_training->isBusy()) {
        problem = tr("Stop training before importing weights.");
    } else if (const auto source = WeightsSource::read(path, &problem)) {
        QString compileProblem;
        prepared = WeightsImport::prepare(*m_document, source->tensors, {}, &compileProblem);
        if (!prepared)
            problem = tr("The network has problems; fix them before importing weights:\n%1").arg(compileProblem);
    }
    if (!prepared) {
        if (error)
            *error = problem;
        else
            QMessageBox::warning(m_window, tr("Cannot import weights"), problem);
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ImportWeightsDialog(path, prepared->match(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, import = std::move(*prepared), path] {
        if (m_training->isBusy())
            return; // a run started meanwhile: its end would overwrite the import anyway
        import.apply(*m_document);
        QStringList loaded;
        for (const std::string& id : import.match().idsWith(WeightVerdict::Loaded))
            loaded << QString::fromStdString(id);
        Q_EMIT statusMessage(tr("Imported weights from %1 for %2; Start keeps them.")
                                 .arg(QFileInfo(path).fileName(), loaded.join(QStringLiteral(", "))),
            8000);
    });
    m_dialog->open();
    return true;
}

} // namespace nw
