#pragma once
// What an exported ONNX model says about itself beyond its graph, in the model's
// metadata: which probabilities its `probabilities` output holds (softmax over
// classes, independent sigmoids, or none for regression), the class names, and
// how raw data becomes the values the model's input expects (the input is fed
// values as the engine sees them: already scaled). A plain value.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nw {

class PreparedProject;

enum class OnnxProbabilities { Softmax, Sigmoid, None };

struct OnnxExportInfo {
    OnnxProbabilities probabilities = OnnxProbabilities::Softmax;
    QStringList classNames; // empty when unknown (the data could not be read)
    QJsonObject inputScaling; // {"kind": "none" | "divide" | "standardize" | "token_ids", ...}
    QString projectName;

    // From a prepared project: the loss decides the probabilities; class names come
    // from the dataset kind or the loaded data; scaling from the dataset kind, the
    // fitted scaler (tables) or the stored vocabulary (text). Reads no file.
    static OnnxExportInfo of(const PreparedProject& project);
};

} // namespace nw
