#include "OnnxExportJob.h"

#include "interop/onnx/OnnxExporter.h"
#include "io/GraphWeights.h"
#include "training/BackgroundTask.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>

namespace nw {

QString OnnxExportJob::run(const OnnxExportRequest& request)
{
    QString error;
    // With the data when it can be read: it names the classes and the scaling. Without
    // it the model is the same, only its metadata says less.
    auto prepared = PreparedProject::fromProject(
        request.project, request.projectPath, { .loadData = true, .loadWeights = false }, &error);
    if (!prepared || (prepared->isValid() && !prepared->hasData()))
        prepared = PreparedProject::fromProject(
            request.project, request.projectPath, { .loadData = false, .loadWeights = false }, &error);
    if (!prepared)
        return error;
    if (!prepared->isValid())
        return QCoreApplication::translate("OnnxExportJob", "The network has problems; see the Problems panel.");
    if (!request.weights.empty() && !applyWeights(prepared->graph(), request.weights, &error))
        return error;
    error.clear();
    if (!OnnxExporter::write(
            request.output, prepared->model(), prepared->graph(), OnnxExportInfo::of(*prepared), request.opset, &error))
        return error;
    return {};
}

BackgroundTask<QString> OnnxExportJob::start(OnnxExportRequest request)
{
    return BackgroundTask<QString>::run([request = std::move(request)] { return run(request); });
}

} // namespace nw
