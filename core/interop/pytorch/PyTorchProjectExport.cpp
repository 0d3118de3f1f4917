#include "PyTorchProjectExport.h"

#include "io/GraphWeights.h"
#include "io/SafetensorsFile.h"
#include "PyTorchDataExporter.h"
#include "PyTorchModuleWriter.h"
#include "PyTorchReadmeWriter.h"
#include "PyTorchTrainingScriptWriter.h"
#include "training/PreparedProject.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <filesystem>

namespace nw::pytorch {

namespace {

bool writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Moves every file of `staging` to the same place under `target`, replacing files
// of an earlier export one by one (each rename is atomic) and keeping anything else
// there (a trained.safetensors from an earlier run).
bool moveInto(const QString& staging, const QString& target, const QStringList& files, QString* error)
{
    std::error_code ec;
    for (const QString& relative : files) {
        const std::filesystem::path from = QDir(staging).filePath(relative).toStdString();
        const std::filesystem::path to = QDir(target).filePath(relative).toStdString();
        std::filesystem::create_directories(to.parent_path(), ec);
        if (!ec)
            std::filesystem::rename(from, to, ec);
        if (ec) {
            *error = QStringLiteral("%1: cannot write (%2)")
                         .arg(QDir::toNativeSeparators(QString::fromStdString(to.string())),
                             QString::fromStdString(ec.message()));
            return false;
        }
    }
    return true;
}

} // namespace

QStringList PyTorchProjectExport::write(
    PreparedProject& project, const QString& directory, const Options& options, QString* error)
{
    if (!project.isValid()) {
        *error = QStringLiteral("%1: the network does not compile").arg(project.path());
        return {};
    }
    // A dataset feeds one input, as in Netwright's own training; model.py takes any number.
    const std::size_t inputs = project.graph().inputIds().size();
    if (options.includeData && inputs != 1) {
        *error = QStringLiteral("%1: the network has %2 inputs but its data feeds one; export with --no-data for "
                                "model.py and its weights")
                     .arg(project.path())
                     .arg(inputs);
        return {};
    }
    const QFileInfo target(directory);
    if (target.exists() && !target.isDir()) {
        *error = QStringLiteral("%1: exists and is not a folder").arg(QDir::toNativeSeparators(directory));
        return {};
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(parent));
        return {};
    }
    // Beside the target, so moving the files into place is a rename on one file system.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1-export-XXXXXX").arg(target.fileName())));
    if (!staging.isValid()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(parent), staging.errorString());
        return {};
    }
    const QString root = staging.path();
    const Project& settings = project.project();
    QStringList classNames;
    if (options.includeData && project.hasData())
        for (const std::string& c : project.data().classNames())
            classNames << QString::fromStdString(c);

    QStringList files;
    const std::optional<QString> module = PyTorchModuleWriter::write(project.model(), project.graph(),
        { .projectName = settings.name, .loss = settings.training.loss, .classNames = classNames }, error);
    if (!module) {
        *error = project.path() + QStringLiteral(": ") + *error;
        return {};
    }
    if (!writeText(QDir(root).filePath(QStringLiteral("model.py")), *module, error))
        return {};
    files << QStringLiteral("model.py");
    if (!SafetensorsFile::write(
            QDir(root).filePath(QStringLiteral("weights.safetensors")), collectWeights(project.graph()), {}, error))
        return {};
    files << QStringLiteral("weights.safetensors");
    if (!writeText(QDir(root).filePath(QStringLiteral("train.py")),
            PyTorchTrainingScriptWriter::write(settings.training, project.model(), project.graph()), error))
        return {};
    files << QStringLiteral("train.py");
    const QString readme = PyTorchReadmeWriter::write({ .projectName = settings.name,
        .projectFile = QFileInfo(project.path()).fileName(),
        .withData = options.includeData });
    if (!writeText(QDir(root).filePath(QStringLiteral("README.md")), readme, error))
        return {};
    files << QStringLiteral("README.md");
    if (options.includeData) {
        const QString data = QDir(root).filePath(QStringLiteral("data"));
        if (!QDir().mkpath(data)) {
            *error = QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(data));
            return {};
        }
        if (!PyTorchDataExporter::write(project, data, error))
            return {};
        for (const QString& name : QDir(data).entryList(QDir::Files, QDir::Name))
            files << QStringLiteral("data/") + name;
    }
    if (!moveInto(root, target.absoluteFilePath(), files, error))
        return {};
    return files;
}

} // namespace nw::pytorch
