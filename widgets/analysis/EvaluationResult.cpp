#include "EvaluationResult.h"

#include <algorithm>

namespace nw {

std::vector<std::size_t> EvaluationResult::samplesIn(int trueClass, int predictedClass) const
{
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < trueClasses.size(); ++i)
        if (trueClasses[i] == trueClass && predictedClasses[i] == predictedClass)
            positions.push_back(i);
    return positions;
}

long long EvaluationResult::positionOf(std::size_t datasetIndex) const
{
    const auto it = std::find(datasetIndices.begin(), datasetIndices.end(), datasetIndex);
    return it == datasetIndices.end() ? -1 : static_cast<long long>(it - datasetIndices.begin());
}

QString EvaluationResult::className(int cls) const
{
    const auto& names = report.classNames;
    if (cls >= 0 && static_cast<std::size_t>(cls) < names.size())
        return QString::fromStdString(names[static_cast<std::size_t>(cls)]);
    return QString::number(cls);
}

} // namespace nw
