#include "WeightsFit.h"

#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "training/PreparedProject.h"

#include <QCoreApplication>

namespace nw {

QString weightsMismatch(const NetworkDocument& document, const std::map<std::string, Tensor>& tensors)
{
    PreparedProject::Options options;
    options.loadData = false;
    options.loadWeights = false;
    QString error;
    const std::unique_ptr<PreparedProject> prepared
        = PreparedProject::fromProject(document.project(), document.filePath(), options, &error);
    if (!prepared)
        return error;
    if (!prepared->isValid())
        return QCoreApplication::translate(
            "nw::WeightsFit", "the network has errors, so no weights can be checked against it; fix them first");
    if (!applyWeights(prepared->graph(), tensors, &error))
        return error;
    return {};
}

} // namespace nw
