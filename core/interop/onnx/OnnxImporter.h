#pragma once
// Turns an ONNX model into an editable Netwright project: each recognised
// operator or pattern (OnnxImportPatterns.h) becomes a layer node named after its
// ONNX node, laid out left to right (GraphLayout), with its weights in PyTorch's
// layout. Everything is checked before anything is written: a file OnnxFile
// refuses, any operator we have no layer for (all of them listed, with node names
// and counts), settings we cannot express, and a graph that does not compile or
// whose weights do not fit. Stateless.
#include "engine/Tensor.h"
#include "io/Project.h"

#include <QString>

#include <map>
#include <optional>
#include <string>

namespace nw {

struct OnnxImport {
    Project project; // graph and training loss set; no dataset, no weights path yet
    std::map<std::string, Tensor> weights;
    QStringList notes; // what the person should know (class names found, the output chosen)
};

class OnnxImporter {
public:
    // Reads `onnxPath`; nullopt with `error` naming the file and the problem.
    static std::optional<OnnxImport> read(const QString& onnxPath, QString* error);
    // read(), then writes the project and its weights beside it
    // (Project::defaultWeightsPath) as one save (ProjectPairFile). Nothing is written
    // when reading fails.
    static bool importTo(
        const QString& onnxPath, const QString& projectPath, QString* error, QStringList* notes = nullptr);
};

} // namespace nw
