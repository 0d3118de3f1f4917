#pragma once
// MIME types of the graph editor's drags and clipboard. The palette drags a layer
// type name or a block name (UTF-8); the clipboard carries GraphClipboard's JSON.
#include <QString>

namespace nw::GraphMimeTypes {

inline QString layerType() { return QStringLiteral("application/x-netwright-layer-type"); }
inline QString blockName() { return QStringLiteral("application/x-netwright-block"); }
inline QString graph() { return QStringLiteral("application/x-netwright-graph"); }

} // namespace nw::GraphMimeTypes
