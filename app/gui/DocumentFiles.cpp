#include "DocumentFiles.h"

#include "io/Int8Weights.h"

#include "AutosaveManager.h"
#include "AutosaveRestorePrompt.h"
#include "ExampleGallery.h"
#include "ExampleProjects.h"
#include "RecentFiles.h"
#include "TrainingController.h"
#include "WeightsFit.h"

#include "interop/onnx/OnnxImporter.h"
#include "io/ProjectFile.h"
#include "io/SafetensorsFile.h"
#include "model/NetworkDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace nw {

DocumentFiles::DocumentFiles(NetworkDocument* document, TrainingController* training, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_training(training)
    , m_window(window)
    , m_autosave(new AutosaveManager(this))
{
    connect(m_document, &NetworkDocument::filePathChanged, m_autosave, &AutosaveManager::setDocumentPath);
    connect(m_autosave, &AutosaveManager::autosaveDue, this, [this] {
        if (m_document->isModified() && m_document->revision() != m_autosavedRevision)
            autosaveInBackground();
    });
    connect(m_autosave, &AutosaveManager::backgroundSaveFinished, this, [this](const QString& error) {
        if (!error.isEmpty())
            Q_EMIT statusMessage(tr("Autosave failed: %1").arg(error), 8000);
    });
}

DocumentFiles::~DocumentFiles() = default;

void DocumentFiles::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_window, title, message);
}

void DocumentFiles::adopt(const QString& path, const QString& baseDirectory)
{
    m_training->setBaseDirectory(baseDirectory);
    m_autosave->setDocumentPath(path);
    m_autosavedRevision = m_document->revision();
    Q_EMIT documentReplaced();
}

QString DocumentFiles::adoptWeightsFile()
{
    const QString weightsPath = m_document->project().resolvedWeightsPath(m_document->filePath());
    if (weightsPath.isEmpty())
        return {};
    if (!QFileInfo::exists(weightsPath))
        return tr("The weights file %1 does not exist. The network opened without trained weights.")
            .arg(QDir::toNativeSeparators(weightsPath));
    QString error;
    std::optional<SafetensorsContents> contents = SafetensorsFile::read(weightsPath, &error);
    if (!contents)
        return tr("%1\nThe network opened without trained weights.").arg(error);
    // An int8 model (netwright-cli compress): the document holds float weights, so the
    // window runs the dequantized weights (q * s); its activations are not quantized.
    QString int8Error;
    dequantizeInt8Weights(*contents, &int8Error);
    if (!int8Error.isEmpty())
        return tr("%1\nThe network opened without trained weights.").arg(weightsPath + QStringLiteral(": ") + int8Error);
    // A pair an older Netwright left half-saved (new weights beside the old project),
    // or weights of another network: the network is still worth opening.
    const QString mismatch = weightsMismatch(*m_document, contents->tensors);
    if (!mismatch.isEmpty())
        return tr("The weights in %1 belong to a different network (%2). The network opened without them: "
                  "train it again, or open the weights that belong to it.")
            .arg(QDir::toNativeSeparators(weightsPath), mismatch);
    m_document->adoptWeights(std::move(contents->tensors), contents->metadata);
    return {};
}

bool DocumentFiles::openWeightsFile(const QString& path, QString* error)
{
    QString problem;
    std::optional<SafetensorsContents> contents;
    if (m_training->isBusy())
        problem = tr("Stop training before opening weights.");
    else
        contents = SafetensorsFile::read(path, &problem);
    if (contents) {
        QString int8Error;
        dequantizeInt8Weights(*contents, &int8Error); // an int8 model's weights as q * s
        if (!int8Error.isEmpty()) {
            problem = QDir::toNativeSeparators(path) + QStringLiteral(": ") + int8Error;
            contents.reset();
        }
    }
    if (contents) {
        const QString mismatch = weightsMismatch(*m_document, contents->tensors);
        if (mismatch.isEmpty()) {
            m_document->setWeights(std::move(contents->tensors), -1);
            Q_EMIT statusMessage(tr("Opened the weights %1").arg(QDir::toNativeSeparators(path)), 4000);
            return true;
        }
        problem = tr("%1: these weights do not fit the network: %2").arg(QDir::toNativeSeparators(path), mismatch);
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the weights"), problem);
    return false;
}

bool DocumentFiles::openDropped(const QStringList& paths, QString* error)
{
    if (paths.size() == 1 && paths.constFirst().endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive))
        return openWeightsFile(paths.constFirst(), error);
    if (paths.size() == 1
        && (paths.constFirst().endsWith(QStringLiteral(".nwproj"), Qt::CaseInsensitive)
            || paths.constFirst().endsWith(QStringLiteral(".nwlesson"), Qt::CaseInsensitive))) {
        if (!error && !maybeSave())
            return false;
        return openFile(paths.constFirst(), error);
    }
    const QString problem = tr("%1: Netwright opens projects (*.nwproj) and weights (*.safetensors) dropped on "
                               "the window; choose data in the Dataset dock.")
                                .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", "))));
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the file"), problem);
    return false;
}

void DocumentFiles::newDocument()
{
    m_training->stop();
    QString error;
    m_document->loadProject(Project(), QString(), &error);
    adopt(QString(), QDir::currentPath());
}

bool DocumentFiles::openFile(const QString& path, QString* error)
{
    if (ExampleProjects::isExample(path))
        return openExample(path, error);
    if (path.endsWith(QStringLiteral(".nwlesson"), Qt::CaseInsensitive) && m_lessonOpener) {
        QString problem;
        if (m_lessonOpener(path, &problem)) {
            if (m_recent)
                m_recent->add(path);
            return true;
        }
        if (error)
            *error = problem;
        else
            showError(tr("Cannot open the lesson"), problem);
        return false;
    }
    QString problem;
    if (m_training->isBusy()) {
        problem = tr("Stop training before opening another project.");
    } else if (m_document->load(path, &problem)) {
        const QString weightsProblem = adoptWeightsFile();
        adopt(path, QFileInfo(path).absolutePath());
        if (m_recent)
            m_recent->add(path);
        Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
        if (!weightsProblem.isEmpty()) {
            if (error)
                Q_EMIT statusMessage(weightsProblem, 8000);
            else
                showError(tr("Opened without weights"), weightsProblem);
        }
        return true;
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the project"), problem);
    return false;
}

bool DocumentFiles::openExample(const QString& path, QString* error)
{
    QString problem;
    std::optional<Project> project;
    if (m_training->isBusy())
        problem = tr("Stop training before opening another project.");
    else
        project = ProjectFile::read(path, &problem);
    // An untitled copy: Save asks for a new place, so the bundled file stays as shipped.
    if (project && m_document->loadProject(*project, QString(), &problem)) {
        adopt(QString(), QFileInfo(path).absolutePath());
        Q_EMIT statusMessage(
            tr("Opened a copy of the example “%1”. Press Train to start.").arg(project->name), 6000);
        return true;
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the example"), problem);
    return false;
}

bool DocumentFiles::openLessonProject(const Project& project, std::map<std::string, Tensor> weights,
    const QString& baseDirectory, QString* error)
{
    if (m_training->isBusy()) {
        if (error)
            *error = tr("Stop training before opening another project.");
        return false;
    }
    if (!m_document->loadProject(project, QString(), error))
        return false;
    adopt(QString(), baseDirectory);
    if (!weights.empty())
        m_document->adoptWeights(std::move(weights));
    return true;
}

void DocumentFiles::openLessonDialog()
{
    if (!maybeSave())
        return;
    const QString dir
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Lesson"), dir, tr("Netwright lessons (*.nwlesson)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentFiles::importOnnx(const QString& path, QString* error)
{
    QString problem;
    std::optional<OnnxImport> imported;
    if (m_training->isBusy())
        problem = tr("Stop training before opening another project.");
    else
        imported = OnnxImporter::read(path, &problem);
    if (imported && m_document->loadProject(imported->project, QString(), &problem)) {
        adopt(QString(), QFileInfo(path).absolutePath());
        // Weights that are not in any file yet: the document is modified until saved.
        m_document->setWeights(std::move(imported->weights), -1);
        Q_EMIT statusMessage(tr("Imported %1 as an untitled project; save it to keep it.")
                                 .arg(QDir::toNativeSeparators(path)),
            8000);
        return true;
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot import the ONNX model"), problem);
    return false;
}

void DocumentFiles::importOnnxDialog()
{
    if (!maybeSave())
        return;
    const QString dir
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import ONNX Model"), dir, tr("ONNX models (*.onnx)"));
    if (!path.isEmpty())
        importOnnx(path);
}

bool DocumentFiles::saveTo(const QString& path, QString* error)
{
    QString problem;
    if (!m_document->save(path, &problem)) {
        if (error)
            *error = problem;
        else
            showError(tr("Cannot save the project"), problem);
        return false;
    }
    m_training->setBaseDirectory(QFileInfo(path).absolutePath());
    m_autosave->discard();
    m_autosavedRevision = m_document->revision();
    if (m_recent)
        m_recent->add(path);
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    Q_EMIT saved(path);
    return true;
}

bool DocumentFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool DocumentFiles::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString name = m_document->name().isEmpty() ? tr("untitled") : m_document->name().toLower();
        suggestion = QDir::home().filePath(name + QStringLiteral(".nwproj"));
    }
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project"), suggestion, tr("Netwright projects (*.nwproj)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".nwproj")))
        path += QStringLiteral(".nwproj");
    return saveTo(path);
}

void DocumentFiles::open()
{
    if (!maybeSave())
        return;
    const QString dir
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Project"), dir, tr("Netwright projects (*.nwproj)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentFiles::openExampleDialog()
{
    if (!maybeSave())
        return;
    ExampleGallery gallery(m_window);
    if (gallery.exec() == QDialog::Accepted && !gallery.selectedPath().isEmpty())
        openExample(gallery.selectedPath());
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
        tr("The project has unsaved changes. Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentFiles::autosaveNow()
{
    QString error;
    const quint64 revision = m_document->revision();
    if (!m_autosave->save(m_document->project(), m_document->filePath(), m_document->weightsFile(), &error)) {
        Q_EMIT statusMessage(tr("Autosave failed: %1").arg(error), 8000);
        return false;
    }
    m_autosavedRevision = revision;
    return true;
}

void DocumentFiles::autosaveInBackground()
{
    m_autosavedRevision = m_document->revision();
    m_autosave->saveInBackground(m_document->project(), m_document->filePath(), m_document->weightsFile());
}

void DocumentFiles::discardAutosave()
{
    m_autosave->discard();
}

void DocumentFiles::offerAutosaveRestore()
{
    for (const AutosaveManager::Recovery& recovery : m_autosave->orphans()) {
        const bool restore = AutosaveRestorePrompt::ask(m_window, recovery);
        if (!restore || m_document->isModified()) {
            if (!restore)
                m_autosave->remove(recovery);
            continue;
        }
        Project project;
        SafetensorsContents weights;
        QString error;
        const QString path = QFileInfo::exists(recovery.originalPath) ? recovery.originalPath : QString();
        if (!AutosaveManager::read(recovery, &project, &weights, &error)
            || !m_document->loadProject(project, path, &error)) {
            showError(tr("Cannot restore the project"), error);
            continue;
        }
        m_document->adoptWeights(std::move(weights.tensors), weights.metadata);
        adopt(path, path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath());
        m_document->markModified(); // it differs from its file: that is why it was kept
        m_autosave->remove(recovery);
        autosaveNow(); // now under this window's lock
    }
}

} // namespace nw
