#pragma once
// Weights files written by `netwright-cli compress --quantize int8` store their
// weights as int8 q with a scale s per tensor or channel. Every reader that hands
// weights to a network (opening a project, opening or dropping a weights file,
// importing weights for transfer, preparing a run) calls this, so none of them
// takes the integers q for the weights.
#include "SafetensorsFile.h"
#include "compress/Int8Model.h"

#include <optional>

class QString;

namespace nw {

// When `contents` is an int8 model, replaces its weights by the floats q * s they
// stand for (scales left out, I8 marks cleared) and returns the model, whose input
// scales a caller may apply; otherwise leaves `contents` alone and returns nothing.
// A broken int8 model returns nothing and sets *error (the model's problem, without
// the file name); *error stays empty otherwise.
std::optional<Int8Model> dequantizeInt8Weights(SafetensorsContents& contents, QString* error);

} // namespace nw
