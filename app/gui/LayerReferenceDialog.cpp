#include "LayerReferenceDialog.h"

#include "model/LayerRegistry.h"
#include "model/LayerSpec.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nw {

LayerReferenceDialog::LayerReferenceDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Layer Reference"));
    auto* layout = new QVBoxLayout(this);
    m_browser->setHtml(html());
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 720);
}

QString LayerReferenceDialog::html()
{
    const LayerRegistry& registry = LayerRegistry::instance();
    QString text;
    for (const QString& category : registry.categories()) {
        const QStringList types = registry.typesInCategory(category);
        if (types.isEmpty())
            continue;
        text += QStringLiteral("<h2>%1</h2>").arg(registry.spec(types.first())->categoryDisplayName().toHtmlEscaped());
        for (const QString& type : types) {
            const LayerSpec* spec = registry.spec(type);
            text += QStringLiteral("<h3>%1 <small>(%2)</small></h3><p>%3</p>")
                        .arg(spec->displayName().toHtmlEscaped(), type.toHtmlEscaped(),
                            spec->description().toHtmlEscaped());
            if (spec->parameters.isEmpty())
                continue;
            text += QStringLiteral("<ul>");
            for (const ParameterSpec& parameter : spec->parameters)
                text += QStringLiteral("<li><code>%1</code>: %2</li>")
                            .arg(parameter.name.toHtmlEscaped(), parameter.toolTip().toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
    }
    return text;
}

} // namespace nw
