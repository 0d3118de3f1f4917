#pragma once
// The one exception the data room throws: a file, a dataset or a split request
// that cannot be used. The message is written for the person who chose the file
// ("<file or dataset>: <place>: <problem>"), so callers (CLI, GUI) show it as is
// and the CLI maps it to exit code 1 (invalid data).
#include <stdexcept>

namespace nw {

class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace nw
