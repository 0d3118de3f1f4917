#include "ImportCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "interop/onnx/OnnxImporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace nw::cli {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("ImportCommand", "turn an ONNX model into an editable project with its weights");
}

int ImportCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("MODEL.onnx"));
    cl.addOption(QStringLiteral("output"),
        QStringLiteral("the project to write (PROJECT.nwproj; its weights go to PROJECT.safetensors beside it)"),
        QStringLiteral("PROJECT"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;
    const QString model = cl.positional(0);
    const QString output = cl.value(QStringLiteral("output"));
    if (!cl.isSet(QStringLiteral("output")) || !output.endsWith(QLatin1String(".nwproj"), Qt::CaseInsensitive)) {
        CliOutput::error(QStringLiteral("import: --output PROJECT.nwproj is required, got '%1'").arg(output));
        return UsageError;
    }
    QString error;
    QStringList notes;
    if (!OnnxImporter::importTo(model, output, &error, &notes)) {
        CliOutput::error(error);
        return InvalidInput;
    }
    for (const QString& note : notes)
        CliOutput::message(note);
    if (cl.json()) {
        CliOutput::json({ { QStringLiteral("command"), QStringLiteral("import") }, { QStringLiteral("model"), model },
            { QStringLiteral("output"), QFileInfo(output).absoluteFilePath() },
            { QStringLiteral("weights"), QFileInfo(Project::defaultWeightsPath(output)).absoluteFilePath() } });
    } else {
        CliOutput::result(QStringLiteral("wrote %1 and %2").arg(output, Project::defaultWeightsPath(output)));
    }
    return Success;
}

} // namespace nw::cli
