#include "ExplainSetup.h"

#include "panels/DatasetPreview.h" // isViewableImageShape
#include "training/PreparedProject.h"
#include "training/ProjectExplainContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace nw {

ExplainSetup makeExplainSetup(std::shared_ptr<PreparedProject> project)
{
    ExplainSetup setup;
    try {
        if (!project || !project->isValid() || !project->hasData()) {
            setup.error = QCoreApplication::translate(
                "nw::ExplainController", "The network has problems; see the Problems panel.");
            return setup;
        }
        const Graph& graph = *project->compiled().graph;
        setup.inputShape = graph.inputShape();
        setup.imageInput = isViewableImageShape(setup.inputShape);
        setup.oneChannelImage = setup.imageInput && setup.inputShape[0] == 1;
        for (const std::string& name : project->data().classNames())
            setup.classNames.append(QString::fromStdString(name));

        const std::vector<std::string>& inputs = graph.inputIds();
        const CompileResult& compiled = project->compiled();
        for (const QString& id : compiled.nodeOrder) {
            if (std::find(inputs.begin(), inputs.end(), id.toStdString()) != inputs.end())
                continue;
            const NodeStatus& status = compiled.nodes.value(id);
            if (!status.shapeKnown)
                continue;
            setup.hiddenNodes.append(id);
            if (status.outputShape.size() == 3) {
                setup.spatialNodes.append(id);
                setup.spatialShapes.append(status.shapeText());
            }
            if (status.outputShape.size() == 1 && id.toStdString() != graph.outputId())
                setup.preferredProjectionNode = id;
        }
        if (setup.preferredProjectionNode.isEmpty() && !setup.hiddenNodes.isEmpty())
            setup.preferredProjectionNode = setup.hiddenNodes.last();

        // The same context as `netwright-cli explain`, so both draw the same maps.
        auto context = std::make_shared<ExplainContext>(projectExplainContext(*project));
        if (!setup.imageInput) {
            for (const std::string& name : context->featureNames)
                setup.featureNames.append(QString::fromStdString(name));
            for (int i = setup.featureNames.size(); i < static_cast<int>(shapeNumel(setup.inputShape)); ++i)
                setup.featureNames.append(QStringLiteral("x%1").arg(i + 1));
        }
        if (setup.oneChannelImage) {
            std::vector<std::size_t> indices = project->partIndices(DataPart::Train);
            if (indices.size() > kInkSamples)
                indices.resize(kInkSamples);
            setup.ink = measureInkFrame(project->partData(DataPart::Train), indices);
        }
        setup.context = std::move(context);
        setup.preparedFrom = project->project();
        setup.project = std::move(project);
    } catch (const std::exception& error) {
        setup.project.reset();
        setup.error = QString::fromStdString(error.what());
    }
    return setup;
}

} // namespace nw
