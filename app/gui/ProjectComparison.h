#pragma once
// Whether a project prepared from one document snapshot evaluates exactly as one
// prepared from another: the same network (card positions aside), data, split,
// seed and loss. The analysis and explain controllers prepare again only when not.
#include "io/Project.h"

namespace nw {

bool evaluatesAlike(const Project& a, const Project& b);

} // namespace nw
