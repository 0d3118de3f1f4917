#pragma once
// What core/explain needs to know about a prepared project's data (ExplainContext):
// the training split's mean sample, a bounded set of its samples as background
// rows, and the input features' names (tables: after one-hot encoding; toy
// data: x, y). The CLI's explain command and the window's Explain dock both start
// here, so a method sees the same context in both.
#include "explain/ExplainContext.h"

namespace nw {

class PreparedProject;

// At most this many training samples are kept as background rows.
inline constexpr int kExplainBackgroundRows = 200;

// Needs the project's data (hasData()); an empty context otherwise.
ExplainContext projectExplainContext(const PreparedProject& project);

} // namespace nw
