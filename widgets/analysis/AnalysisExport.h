#pragma once
// Export shared by the analysis panels: the figure as PNG (at twice the screen
// size, for slides) or SVG (QSvgGenerator), the data behind it as CSV, each
// written atomically (QSaveFile) so a failed export never leaves half a file.
#include <QString>

#include <functional>

class QToolButton;
class QWidget;

namespace nw {

bool exportPng(QWidget* figure, const QString& path, QString* error);
bool exportSvg(QWidget* figure, const QString& path, const QString& title, QString* error);
bool exportText(const QString& path, const QString& text, QString* error);

// An "Export" tool button with PNG, SVG and CSV entries; each asks for a file name
// (starting from `baseName`), writes it and reports a failure in a message box.
QToolButton* makeExportButton(QWidget* parent, QWidget* figure, const QString& baseName, std::function<QString()> csv);

} // namespace nw
