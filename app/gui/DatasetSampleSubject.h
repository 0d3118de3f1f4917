#pragma once
// A dataset sample as the Explain dock shows it: the subject (title with where it
// came from, the picture or the feature values, its one true class when it has
// one, the class names) and the sample as the network's input. Plain functions,
// safe on any thread; the caller words the title's start.
#include "engine/Tensor.h"
#include "explain/ExplainSubject.h"

#include <cstddef>

namespace nw {

class Dataset;

struct DatasetSampleSubject {
    ExplainSubject subject;
    Tensor sample; // the input's shape, no batch dimension
};

// `title` starts the subject's title ("Sample 12 of the test split"); the sample's
// file and position are added when known.
DatasetSampleSubject datasetSampleSubject(const Dataset& data, std::size_t index, const QString& title);

} // namespace nw
