#include "Layer.h"

namespace nw {

std::size_t Layer::parameterCount()
{
    std::size_t n = 0;
    for (Parameter* p : parameters())
        if (p->isTrainable())
            n += p->value.size();
    return n;
}

} // namespace nw
