#include "DatasetSampleSubject.h"

#include "analysis/SampleRendering.h"
#include "data/Dataset.h"

#include <QFileInfo>

namespace nw {

DatasetSampleSubject datasetSampleSubject(const Dataset& data, std::size_t index, const QString& title)
{
    DatasetSampleSubject out;
    ExplainSubject& s = out.subject;
    s.title = title;
    const SampleOrigin origin = data.origin(index);
    if (!origin.file.empty())
        s.title += QStringLiteral(" — %1, #%2").arg(QFileInfo(QString::fromStdString(origin.file)).fileName()).arg(origin.index);
    out.sample = Tensor(data.sampleShape(), sampleFeatures(data, index));
    if (isImageDataset(data))
        s.image = renderSample(data, index, 1);
    else
        s.features.assign(out.sample.data(), out.sample.data() + out.sample.size());
    // A tagging task's samples have one class per position, not one true class.
    s.trueClass = data.task() == TaskKind::Classification && !data.hasPositionLabels() ? data.label(index) : -1;
    for (const std::string& name : data.classNames())
        s.classNames.append(QString::fromStdString(name));
    return out;
}

} // namespace nw
