#pragma once
// Where a node's weights came from, as the inspector shows it and Start reports it:
// the seed's initial draw, another network's (File > Import Weights...), or training
// (a run, or a weights file opened with the project). NetworkDocument keeps one per
// node beside the weights it owns.
#include <QString>

#include <string>

namespace nw {

enum class WeightOrigin { Initial, Imported, Trained };

// The node a tensor belongs to: "<node-id>.<param>", the parameter name has no dot.
inline QString nodeOfTensor(const std::string& name)
{
    const auto dot = name.rfind('.');
    return QString::fromStdString(dot == std::string::npos ? name : name.substr(0, dot));
}

} // namespace nw
