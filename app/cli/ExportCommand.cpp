#include "ExportCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "RunnableProject.h"
#include "interop/pytorch/PyTorchProjectExport.h"
#include "OnnxExportRun.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace nw::cli {

namespace {

// The formats `--format` accepts, in the order the help lists them.
const QStringList& formats()
{
    static const QStringList names { QStringLiteral("pytorch"), QStringLiteral("onnx") };
    return names;
}

} // namespace

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("ExportCommand",
        "export a project for other tools: an ONNX model, or a PyTorch folder (model.py, weights, data, train.py for "
        "torchrun)");
}

int ExportCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("format"), QStringLiteral("what to write: ") + formats().join(QStringLiteral(", ")),
        QStringLiteral("NAME"));
    cl.addOption(QStringLiteral("output"),
        QStringLiteral("where to write it (pytorch: a folder, created when missing)"), QStringLiteral("PATH"));
    cl.addOption(QStringLiteral("no-data"), QStringLiteral("pytorch: leave out data/ (the prepared splits)"));
    cl.addOption(QStringLiteral("opset"), QStringLiteral("onnx: the operator set version, 13 to 17 (default 17)"),
        QStringLiteral("N"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    const QString format = cl.value(QStringLiteral("format"));
    if (!cl.isSet(QStringLiteral("format")) || !formats().contains(format)) {
        CliOutput::error(
            QStringLiteral("--format must be %1, got '%2'").arg(formats().join(QStringLiteral(" or ")), format));
        return UsageError;
    }
    const QString output = cl.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        CliOutput::error(QStringLiteral("--output PATH is required"));
        return UsageError;
    }
    // An option of the other format would be silently ignored: say so instead.
    const QString foreign = format == QLatin1String("onnx") ? QStringLiteral("no-data") : QStringLiteral("opset");
    if (cl.isSet(foreign)) {
        CliOutput::error(QStringLiteral("--%1 does not apply to --format %2").arg(foreign, format));
        return UsageError;
    }
    if (format == QLatin1String("onnx")) {
        bool ok = true;
        const int opset = cl.intValue(QStringLiteral("opset"), 13, ok, 17).value_or(17);
        return ok ? exportOnnx(cl.positional(0), output, opset, cl.json()) : int(UsageError);
    }
    return exportPyTorch(cl, cl.positional(0), output);
}

int ExportCommand::exportPyTorch(const CommandLine& cl, const QString& path, const QString& output)
{
    const bool withData = !cl.isSet(QStringLiteral("no-data"));
    QString error;
    auto prepared = loadCompiledProject(path, { .dataSpec = {}, .loadData = withData });
    if (!prepared)
        return InvalidInput;
    if (!prepared->hasWeights())
        CliOutput::message(path
            + QStringLiteral(": note: the project has no trained weights; exporting its initial weights (seed %1)")
                  .arg(prepared->project().training.seed));
    const QStringList files
        = pytorch::PyTorchProjectExport::write(*prepared, output, { .includeData = withData }, &error);
    if (files.isEmpty()) {
        CliOutput::error(error);
        return InvalidInput;
    }
    if (cl.json()) {
        CliOutput::json(
            { { "command", QStringLiteral("export") }, { "format", QStringLiteral("pytorch") }, { "project", path },
                { "output", QDir(output).absolutePath() }, { "files", QJsonArray::fromStringList(files) } });
    } else {
        CliOutput::result(
            QStringLiteral("wrote %1 (%2)").arg(QDir::toNativeSeparators(output), files.join(QStringLiteral(", "))));
    }
    return Success;
}

} // namespace nw::cli
