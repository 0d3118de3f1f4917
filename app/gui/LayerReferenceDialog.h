#pragma once
// Help > Layer Reference: every layer of the LayerRegistry, grouped by category,
// with its description for students and its parameters. Read-only; built from the
// registry each time it opens, so a new layer appears here without any change.
#include <QDialog>

class QTextBrowser;

namespace nw {

class LayerReferenceDialog : public QDialog {
    Q_OBJECT

public:
    explicit LayerReferenceDialog(QWidget* parent = nullptr);

    // The HTML shown: one section per registry layer.
    static QString html();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace nw
