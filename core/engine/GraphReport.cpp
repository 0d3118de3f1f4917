#include "GraphReport.h"

namespace nw {

std::string GraphReport::summary() const
{
    std::string s;
    for (const auto& e : errors) {
        if (!s.empty())
            s += '\n';
        s += e.text;
    }
    return s;
}

} // namespace nw
