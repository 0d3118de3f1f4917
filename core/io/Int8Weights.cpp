#include "Int8Weights.h"

#include <QString>

#include <map>
#include <string>

namespace nw {

std::optional<Int8Model> dequantizeInt8Weights(SafetensorsContents& contents, QString* error)
{
    if (error)
        error->clear();
    std::map<std::string, std::string> metadata;
    for (auto it = contents.metadata.cbegin(); it != contents.metadata.cend(); ++it)
        metadata[it.key().toStdString()] = it.value().toStdString();
    if (!isInt8Model(metadata))
        return std::nullopt;
    std::string problem;
    std::optional<Int8Model> model = readInt8Model(contents.tensors, metadata, &problem);
    if (!model) {
        if (error)
            *error = QString::fromStdString(problem);
        return std::nullopt;
    }
    contents.tensors = dequantizedTensors(contents.tensors, *model);
    contents.int8.clear();
    return model;
}

} // namespace nw
