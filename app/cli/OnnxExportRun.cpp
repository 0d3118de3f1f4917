#include "OnnxExportRun.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "interop/onnx/OnnxExporter.h"
#include "training/PreparedProject.h"

#include <QFileInfo>

namespace nw::cli {

int exportOnnx(const QString& projectPath, const QString& output, int opset, bool json)
{
    if (!output.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive)) {
        CliOutput::error(QStringLiteral("export: --output for onnx must end in .onnx, got '%1'").arg(output));
        return UsageError;
    }
    QString error;
    // The data gives the class names and, for tables, the standardisation the input
    // expects; without it the model is still exported, with less metadata.
    auto prepared = PreparedProject::load(projectPath, { .loadData = true, .loadWeights = true }, &error);
    if (!prepared || (prepared->isValid() && !prepared->hasData())) {
        QString withoutData;
        prepared = PreparedProject::load(projectPath, { .loadData = false, .loadWeights = true }, &withoutData);
        if (!prepared) {
            CliOutput::error(withoutData);
            return InvalidInput;
        }
        if (prepared->isValid())
            CliOutput::message(QStringLiteral("warning: ") + error
                + QStringLiteral("; exporting without class names and input scaling"));
    }
    if (!prepared->isValid()) {
        for (const QString& m : prepared->compiled().allMessages())
            CliOutput::error(projectPath + QStringLiteral(": ") + m);
        return InvalidInput;
    }
    if (!prepared->hasWeights())
        CliOutput::message(projectPath
            + QStringLiteral(": note: the project has no trained weights; exporting its initial weights (seed %1)")
                  .arg(prepared->project().training.seed));
    const OnnxExportInfo info = OnnxExportInfo::of(*prepared);
    if (!OnnxExporter::write(output, prepared->model(), prepared->graph(), info, opset, &error)) {
        CliOutput::error(projectPath + QStringLiteral(": ") + error);
        return InvalidInput;
    }
    if (json) {
        CliOutput::json({ { QStringLiteral("command"), QStringLiteral("export") },
            { QStringLiteral("format"), QStringLiteral("onnx") }, { QStringLiteral("project"), projectPath },
            { QStringLiteral("output"), QFileInfo(output).absoluteFilePath() }, { QStringLiteral("opset"), opset } });
    } else {
        CliOutput::result(QStringLiteral("wrote %1 (ONNX, opset %2)").arg(output).arg(opset));
    }
    return Success;
}

} // namespace nw::cli
