#pragma once
// File > Export > PyTorch Project… off the GUI thread: a snapshot of the document
// (its project and trained weights) taken on the GUI thread, then on a pool thread
// the project prepared with its data, the weights applied, and
// core/interop/pytorch writing the folder (model.py, weights, train.py, README.md,
// data/). Loading the data may take seconds (Fashion-MNIST); the window stays live.
#include "engine/Tensor.h"
#include "io/Project.h"
#include "training/BackgroundTask.h"

#include <QString>

#include <map>
#include <string>

namespace nw {

struct PyTorchExportRequest {
    Project project;
    QString projectPath; // where the project is (relative dataset paths); may be empty
    std::map<std::string, Tensor> weights; // empty: the seed's initial weights
    QString output; // the folder
};

struct PyTorchExportResult {
    QString error; // empty on success
    bool withData = false; // false: the dataset could not be read, data/ was left out
};

class PyTorchExportJob {
public:
    // The whole export. Any thread.
    static PyTorchExportResult run(const PyTorchExportRequest& request);
    // run() on backgroundPool().
    static BackgroundTask<PyTorchExportResult> start(PyTorchExportRequest request);
};

} // namespace nw
