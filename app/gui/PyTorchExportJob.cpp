#include "PyTorchExportJob.h"

#include "interop/pytorch/PyTorchProjectExport.h"
#include "io/GraphWeights.h"
#include "training/BackgroundTask.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>

namespace nw {

PyTorchExportResult PyTorchExportJob::run(const PyTorchExportRequest& request)
{
    PyTorchExportResult result;
    // With the data when it can be read; without it the folder still has the model,
    // its weights and train.py (which then needs data/ from an export that has it).
    auto prepared = PreparedProject::fromProject(
        request.project, request.projectPath, { .loadData = true, .loadWeights = false }, &result.error);
    if (!prepared || (prepared->isValid() && !prepared->hasData()))
        prepared = PreparedProject::fromProject(
            request.project, request.projectPath, { .loadData = false, .loadWeights = false }, &result.error);
    if (!prepared)
        return result;
    if (!prepared->isValid()) {
        result.error
            = QCoreApplication::translate("PyTorchExportJob", "The network has problems; see the Problems panel.");
        return result;
    }
    if (!request.weights.empty() && !applyWeights(prepared->graph(), request.weights, &result.error))
        return result;
    result.error.clear();
    result.withData = prepared->hasData() && prepared->graph().inputIds().size() == 1;
    if (pytorch::PyTorchProjectExport::write(
            *prepared, request.output, { .includeData = result.withData }, &result.error)
            .isEmpty()
        && result.error.isEmpty())
        result.error = QCoreApplication::translate("PyTorchExportJob", "Nothing was written.");
    return result;
}

BackgroundTask<PyTorchExportResult> PyTorchExportJob::start(PyTorchExportRequest request)
{
    return BackgroundTask<PyTorchExportResult>::run([request = std::move(request)] { return run(request); });
}

} // namespace nw
