#include "CompressibleWeights.h"

namespace nw {

bool isCompressibleWeight(const Parameter& param)
{
    return param.role == ParamRole::Weight && param.value.rank() >= 2;
}

std::vector<NamedParameter> compressibleWeights(Graph& graph)
{
    std::vector<NamedParameter> out;
    for (const NamedParameter& p : graph.namedParameters()) {
        if (isCompressibleWeight(*p.param))
            out.push_back(p);
    }
    return out;
}

} // namespace nw
