#pragma once
// File > Export > ONNX… off the GUI thread: a snapshot of the document (its project
// and trained weights) taken on the GUI thread, then on a pool thread the project
// prepared with its data (for the class names and the input scaling the model's
// metadata carries), the weights applied, and core/interop/onnx's exporter writing
// the file. The data may take seconds to load (Fashion-MNIST); the window stays live.
#include "engine/Tensor.h"
#include "io/Project.h"
#include "training/BackgroundTask.h"

#include <QString>

#include <map>
#include <string>

namespace nw {

struct OnnxExportRequest {
    Project project;
    QString projectPath; // where the project is (relative dataset paths); may be empty
    std::map<std::string, Tensor> weights; // empty: the seed's initial weights
    QString output;
    int opset = 17;
};

class OnnxExportJob {
public:
    // The whole export; returns an empty string on success, else the reason. Any thread.
    static QString run(const OnnxExportRequest& request);
    // run() on backgroundPool().
    static BackgroundTask<QString> start(OnnxExportRequest request);
};

} // namespace nw
