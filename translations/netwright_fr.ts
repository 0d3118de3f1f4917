<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddNodeCommand</name>
    <message>
        <location filename="../core/model/commands/AddNodeCommand.cpp" line="13"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="23"/>
        <source>Mirror left-right:</source>
        <translation>Miroir gauche-droite :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="24"/>
        <source>Probability that an image is mirrored left to right.</source>
        <translation>Probabilité qu&apos;une image soit retournée de gauche à droite.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="25"/>
        <source>Mirror upside down:</source>
        <translation>Miroir haut-bas :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="26"/>
        <source>Probability that an image is turned upside down (a mirror image).</source>
        <translation>Probabilité qu&apos;une image soit mise à l&apos;envers (une image miroir).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="27"/>
        <source>Rotate up to:</source>
        <translation>Rotation jusqu&apos;à :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="28"/>
        <source>Largest rotation in degrees, either way, about the centre.</source>
        <translation>Plus grande rotation en degrés, dans un sens ou dans l&apos;autre, autour du centre.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="29"/>
        <source>Shift up to:</source>
        <translation>Décalage jusqu&apos;à :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="30"/>
        <source>Largest shift as a share of the width and of the height.</source>
        <translation>Plus grand décalage, en part de la largeur et de la hauteur.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="31"/>
        <source>Zoom up to:</source>
        <translation>Zoom jusqu&apos;à :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="32"/>
        <source>The zoom factor lies between 1 minus and 1 plus this value.</source>
        <translation>Le facteur de zoom est compris entre 1 moins et 1 plus cette valeur.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="33"/>
        <source>Crop away up to:</source>
        <translation>Rogner jusqu&apos;à :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="34"/>
        <source>Random-resized crop: a box keeping at least 1 minus this share of the area, stretched to the full size.</source>
        <translation>Recadrage aléatoire redimensionné : un cadre gardant au moins 1 moins cette part de la surface, étiré à la taille complète.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="37"/>
        <source>Brightness ±:</source>
        <translation>Luminosité ± :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="38"/>
        <source>Largest value added to every pixel, either way (pixels run from 0 to 1).</source>
        <translation>Plus grande valeur ajoutée à chaque pixel, dans un sens ou dans l&apos;autre (les pixels vont de 0 à 1).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="40"/>
        <source>Contrast ±:</source>
        <translation>Contraste ± :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="41"/>
        <source>The distance of every pixel from the image&apos;s mean is multiplied by 1 minus to 1 plus this value.</source>
        <translation>L&apos;écart de chaque pixel à la moyenne de l&apos;image est multiplié par un facteur entre 1 moins et 1 plus cette valeur.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="43"/>
        <source>Noise (std):</source>
        <translation>Bruit (écart-type) :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="44"/>
        <source>Standard deviation of Gaussian noise added to every pixel.</source>
        <translation>Écart-type du bruit gaussien ajouté à chaque pixel.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="45"/>
        <source>Cutout size:</source>
        <translation>Taille du masque :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="46"/>
        <source>One patch of this share of the width and height is set to black.</source>
        <translation>Une zone de cette part de la largeur et de la hauteur est mise au noir.</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <location filename="../core/model/commands/AutoLayoutCommand.cpp" line="11"/>
        <source>Arrange network</source>
        <translation>Disposer le réseau</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../core/model/Blocks.cpp" line="12"/>
        <source>Conv-BatchNorm-ReLU</source>
        <translation>Conv-BatchNorm-ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="13"/>
        <source>Residual block</source>
        <translation>Bloc résiduel</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="14"/>
        <source>MLP head</source>
        <translation>Tête MLP</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="15"/>
        <source>Transformer encoder block</source>
        <translation>Bloc encodeur transformer</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="75"/>
        <source>A 3x3 convolution with 16 filters, batch normalization and ReLU: the standard building block of image networks. The image keeps its size.</source>
        <translation>Une convolution 3×3 à 16 filtres, avec normalisation par lots et ReLU : la brique de base des réseaux d’images. L’image garde sa taille.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="79"/>
        <source>Two convolutions with batch normalization whose result is added to the block&apos;s input, then ReLU. The skip connection lets gradients flow around the block, so deep networks still train.</source>
        <translation>Deux convolutions avec normalisation par lots dont le résultat est ajouté à l’entrée du bloc, puis ReLU. La connexion résiduelle laisse les gradients contourner le bloc, si bien que les réseaux profonds s’entraînent encore.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="83"/>
        <source>Flatten, a hidden Dense layer of 128 units with ReLU and dropout, and a Dense layer with one output per class (10): the classifier at the end of a network.</source>
        <translation>Flatten, une couche Dense cachée de 128 unités avec ReLU et dropout, et une couche Dense avec une sortie par classe (10) : le classifieur à la fin d’un réseau.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="87"/>
        <source>A pre-norm transformer encoder block for sequences: layer normalization, multi-head self-attention and a residual Add, then layer normalization, a feed-forward Dense(4E)-GELU-Dense(E) and a second residual Add. The sequence keeps its shape, so blocks stack.</source>
        <translation>Un bloc encodeur transformer pré-norm pour séquences : normalisation de couche, auto-attention multi-têtes et un Add résiduel, puis normalisation de couche, un feed-forward Dense(4E)-GELU-Dense(E) et un second Add résiduel. La séquence garde sa forme, les blocs s&apos;empilent donc.</translation>
    </message>
</context>
<context>
    <name>CompileResult</name>
    <message>
        <location filename="../core/model/CompileResult.cpp" line="23"/>
        <source>%1 nodes, %2 parameters</source>
        <translation>%1 nœuds, %2 paramètres</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../core/model/commands/ConnectCommand.cpp" line="9"/>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <location filename="../core/model/commands/DisconnectCommand.cpp" line="9"/>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
</context>
<context>
    <name>GraphCompiler</name>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="65"/>
        <source>a connection from &apos;%1&apos; leads to &apos;%2&apos;, but there is no node with that id</source>
        <translation>une connexion de « %1 » mène à « %2 », mais aucun nœud n’a cet identifiant</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="89"/>
        <source>%1: unknown layer type &apos;%2&apos;</source>
        <translation>%1 : type de couche inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="100"/>
        <source>%1 takes no inputs: remove the connection from &apos;%2&apos;</source>
        <translation>%1 n’accepte pas d’entrées : supprimez la connexion depuis « %2 »</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="116"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has a single input port (0)</source>
        <translation>%1 : la connexion depuis « %2 » va au port d’entrée %3, mais la couche n’a qu’un seul port d’entrée (0)</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="121"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has ports 0 to %4</source>
        <translation>%1 : la connexion depuis « %2 » va au port d’entrée %3, mais la couche a les ports 0 à %4</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <location filename="../widgets/graph/GraphEdits.cpp" line="54"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="49"/>
        <source>not a network fragment: %1</source>
        <translation>pas un fragment de réseau : %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="52"/>
        <source>not a network fragment</source>
        <translation>pas un fragment de réseau</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="55"/>
        <source>a network fragment from another version of Netwright</source>
        <translation>un fragment de réseau d’une autre version de Netwright</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="66"/>
        <source>the edge %1 -&gt; %2 leaves the fragment</source>
        <translation>l’arête %1 -&gt; %2 sort du fragment</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="70"/>
        <source>the output &apos;%1&apos; is not in the fragment</source>
        <translation>la sortie « %1 » n’est pas dans le fragment</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="81"/>
        <source>a block input names no node of the fragment</source>
        <translation>une entrée du bloc ne désigne aucun nœud du fragment</translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="33"/>
        <location filename="../core/model/GraphJson.cpp" line="73"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="35"/>
        <location filename="../core/model/GraphJson.cpp" line="74"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="39"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="67"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="70"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="71"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="72"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="76"/>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="134"/>
        <location filename="../core/model/GraphJson.cpp" line="216"/>
        <source>expected an object, got %1</source>
        <translation>un objet attendu, %1 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="144"/>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>« %1 » n’est pas un identifiant valide : utilisez des lettres, des chiffres, « _ » et « - »</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="148"/>
        <source>&apos;%1&apos; is already the id of graph.nodes[%2]</source>
        <translation>« %1 » est déjà l’identifiant de graph.nodes[%2]</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="187"/>
        <source>expected [x, y], got %1</source>
        <translation>[x, y] attendu, %1 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="200"/>
        <source>a penalty cannot be negative, got %1</source>
        <translation>une pénalité ne peut pas être négative, %1 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="230"/>
        <source>expected a port number of 0 or more, got %1</source>
        <translation>un numéro de port de 0 ou plus attendu, %1 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="237"/>
        <source>input %1 of &apos;%2&apos; is already connected by graph.edges[%3]</source>
        <translation>l’entrée %1 de « %2 » est déjà connectée par graph.edges[%3]</translation>
    </message>
</context>
<context>
    <name>GraphMessages</name>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="8"/>
        <source>the network has no output node</source>
        <translation>le réseau n’a pas de nœud de sortie</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="17"/>
        <source>the network has no input: add an Input node</source>
        <translation>le réseau n’a pas d’entrée : ajoutez un nœud d’entrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="20"/>
        <source>%1 needs %n input(s) but has none: connect something to it</source>
        <translation>
            <numerusform>%1 a besoin de %n entrée mais n’en a aucune : connectez-lui quelque chose</numerusform>
            <numerusform>%1 a besoin d’au moins %n entrées mais n’en a aucune : connectez-lui quelque chose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="22"/>
        <source>%1 needs %n input(s) but has %2: connect another node</source>
        <translation>
            <numerusform>%1 a besoin de %n entrée mais en a %2 : connectez un autre nœud</numerusform>
            <numerusform>%1 a besoin d’au moins %n entrées mais en a %2 : connectez un autre nœud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="25"/>
        <source>%1 takes at most %n input(s) but has %2: use an Add or Concat to merge branches</source>
        <translation>
            <numerusform>%1 accepte au plus %n entrée mais en a %2 : utilisez Add ou Concat pour fusionner les branches</numerusform>
            <numerusform>%1 accepte au plus %n entrées mais en a %2 : utilisez Add ou Concat pour fusionner les branches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="29"/>
        <source>%1 takes input from &apos;%2&apos;, but there is no node with that id</source>
        <translation>%1 prend son entrée de « %2 », mais aucun nœud ne porte cet identifiant</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="31"/>
        <source>%1 is part of a cycle (%2): connections must flow one way, from the input to the output</source>
        <translation>%1 fait partie d’un cycle (%2) : les connexions doivent aller dans un seul sens, de l’entrée vers la sortie</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="34"/>
        <source>the network has %n loose end(s) (%1): connect them, or choose which one is the output</source>
        <translation>
            <numerusform>le réseau a %n extrémité libre (%1) : connectez-la ou choisissez laquelle est la sortie</numerusform>
            <numerusform>le réseau a %n extrémités libres (%1) : connectez-les ou choisissez laquelle est la sortie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="40"/>
        <source>the network has no layers: add a layer after the input</source>
        <translation>le réseau n’a pas de couches : ajoutez une couche après l’entrée</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="42"/>
        <source>the output is set to &apos;%1&apos;, but there is no node with that id</source>
        <translation>la sortie est « %1 », mais aucun nœud ne porte cet identifiant</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="46"/>
        <source>%1 would bring the network to %2 parameters; a network may have at most %3</source>
        <translation>%1 porterait le réseau à %2 paramètres ; un réseau peut en avoir au plus %3</translation>
    </message>
</context>
<context>
    <name>InsertBlockCommand</name>
    <message>
        <location filename="../core/model/commands/InsertBlockCommand.cpp" line="17"/>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="181"/>
        <location filename="../core/model/LayerCategory.cpp" line="18"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="21"/>
        <source>Core</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="24"/>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="27"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="36"/>
        <source>Normalization</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="33"/>
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="39"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="42"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="45"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="333"/>
        <location filename="../core/model/LayerCategory.cpp" line="30"/>
        <source>Reshape</source>
        <translation>Remodelage</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="83"/>
        <source>How the weights start: He suits ReLU-like activations, Xavier suits tanh and sigmoid</source>
        <translation>Initialisation des poids : He convient aux activations de type ReLU, Xavier à tanh et à la sigmoïde</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="89"/>
        <source>Add a learnable offset to every output</source>
        <translation>Ajouter un décalage apprenable à chaque sortie</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="132"/>
        <source>Size of the hidden state</source>
        <translation>Taille de l&apos;état caché</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="134"/>
        <source>Output the hidden state at every step (steps x units) instead of only the last step&apos;s</source>
        <translation>Sortir l&apos;état caché à chaque pas (pas x unités) au lieu de celui du dernier pas seulement</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="137"/>
        <source>Also read the sequence backwards and put both directions&apos; states side by side</source>
        <translation>Lire aussi la séquence à rebours et placer côte à côte les états des deux sens</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="150"/>
        <source>Width and height of the window</source>
        <translation>Largeur et hauteur de la fenêtre</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="152"/>
        <source>Step between windows; 0 means the same as the kernel size</source>
        <translation>Pas entre les fenêtres ; 0 signifie la même chose que la taille du noyau</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="154"/>
        <source>Border added around each image, at most half the kernel</source>
        <translation>Bordure ajoutée autour de chaque image, au plus la moitié du noyau</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="182"/>
        <source>Where the data enters the network. Its shape is the shape of one sample without the batch: 784 for a flattened 28x28 image, 1x28x28 for a grey image that convolutions will read, 3x32x32 for a colour one. Every network needs at least one input, and the shape must match the dataset.</source>
        <translation>Là où les données entrent dans le réseau. Sa forme est celle d’un échantillon sans le lot : 784 pour une image 28x28 aplatie, 1x28x28 pour une image en niveaux de gris que liront des convolutions, 3x32x32 pour une image en couleur. Tout réseau a besoin d’au moins une entrée, et la forme doit correspondre au jeu de données.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="188"/>
        <source>Shape of one sample, e.g. 784 or 1, 28, 28 (channels, height, width)</source>
        <translation>Forme d’un échantillon, par ex. 784 ou 1, 28, 28 (canaux, hauteur, largeur)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="195"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="196"/>
        <source>A fully connected layer: every output is a weighted sum of every input plus a bias, y = Wx + b. Stacked with activations in between, dense layers can learn any smooth function, and the last layer of a classifier is usually a Dense with one unit per class. It needs a flat input, so put a Flatten (or a global pooling) between convolutions and a Dense. On a sequence (steps x features) it acts on every step with the same weights.</source>
        <translation>Une couche entièrement connectée : chaque sortie est une somme pondérée de toutes les entrées plus un biais, y = Wx + b. Empilées avec des activations entre elles, les couches denses peuvent apprendre n’importe quelle fonction lisse, et la dernière couche d’un classifieur est généralement une Dense avec une unité par classe. Elle a besoin d’une entrée plate : placez un Flatten (ou un pooling global) entre les convolutions et une Dense. Sur une séquence (pas x caractéristiques), elle agit sur chaque pas avec les mêmes poids.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="204"/>
        <source>Number of outputs (neurons)</source>
        <translation>Nombre de sorties (neurones)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="213"/>
        <source>Convolution 2D</source>
        <translation>Convolution 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="214"/>
        <source>Slides small learned filters over an image (channels x height x width) and produces one feature map per filter. Because the same filter is used at every position, it finds a pattern such as an edge or a texture wherever it appears, with far fewer weights than a Dense layer. The standard first layers of an image model; stack several, with pooling to shrink the maps.</source>
        <translation>Fait glisser de petits filtres appris sur une image (canaux × hauteur × largeur) et produit une carte de caractéristiques par filtre. Comme le même filtre sert à chaque position, elle trouve un motif tel qu’un bord ou une texture partout où il apparaît, avec bien moins de poids qu’une couche Dense. Les premières couches habituelles d’un modèle d’images ; empilez-en plusieurs, avec du pooling pour réduire les cartes.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="221"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="245"/>
        <source>Number of filters, i.e. output channels</source>
        <translation>Nombre de filtres, c.-à-d. de canaux de sortie</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="222"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="246"/>
        <source>Width and height of each filter</source>
        <translation>Largeur et hauteur de chaque filtre</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="223"/>
        <source>Step between filter positions</source>
        <translation>Pas entre les positions du filtre</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="225"/>
        <source>Zeros added around the image; (kernel_size - 1) / 2 keeps the size</source>
        <translation>Zéros ajoutés autour de l’image ; (kernel_size - 1) / 2 conserve la taille</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="236"/>
        <source>Transposed Convolution 2D</source>
        <translation>Convolution transposée 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="237"/>
        <source>The way back up in a decoder: every input pixel stamps a learned filter, scaled by its value, onto a larger output, so a stride of 2 doubles the height and width. The output size is (input - 1) x stride - 2 x padding + kernel_size + output_padding. With kernel_size 3, stride 2, padding 1 and output_padding 1, 7x7 becomes 14x14. Use it in the decoder of an autoencoder or a segmentation model, where a Convolution 2D shrank the maps.</source>
        <translation>Le chemin du retour dans un décodeur : chaque pixel d&apos;entrée appose un filtre appris, multiplié par sa valeur, sur une sortie plus grande, si bien qu&apos;un pas de 2 double la hauteur et la largeur. La taille de sortie vaut (entrée - 1) x stride - 2 x padding + kernel_size + output_padding. Avec kernel_size 3, stride 2, padding 1 et output_padding 1, 7x7 devient 14x14. À utiliser dans le décodeur d&apos;un auto-encodeur ou d&apos;un modèle de segmentation, là où une Convolution 2D a réduit les cartes.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="248"/>
        <source>Spacing of the stamps in the output: 2 doubles the size</source>
        <translation>Espacement des empreintes dans la sortie : 2 double la taille</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="250"/>
        <source>Rows and columns cropped from every side of the output</source>
        <translation>Lignes et colonnes retirées de chaque côté de la sortie</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="252"/>
        <source>Extra rows and columns added at the bottom and right of the output; smaller than the stride</source>
        <translation>Lignes et colonnes supplémentaires ajoutées en bas et à droite de la sortie ; inférieur au pas</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="263"/>
        <source>Upsample 2D</source>
        <translation>Suréchantillonnage 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="264"/>
        <source>Enlarges every feature map by a whole-number factor, the opposite of pooling: &quot;nearest&quot; repeats each pixel, &quot;bilinear&quot; blends the four nearest pixels for a smoother result. It has no weights; follow it with a Convolution 2D that learns what to draw into the larger map. Used in the decoder of an autoencoder.</source>
        <translation>Agrandit chaque carte de caractéristiques d&apos;un facteur entier, l&apos;inverse du pooling : &quot;nearest&quot; répète chaque pixel, &quot;bilinear&quot; mélange les quatre pixels les plus proches pour un résultat plus lisse. Elle n&apos;a pas de poids ; faites-la suivre d&apos;une Convolution 2D qui apprend quoi dessiner dans la carte agrandie. Utilisée dans le décodeur d&apos;un auto-encodeur.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="270"/>
        <source>How many times larger the height and width become</source>
        <translation>Combien de fois la hauteur et la largeur sont agrandies</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="273"/>
        <source>nearest repeats pixels; bilinear interpolates between them (align_corners=False)</source>
        <translation>nearest répète les pixels ; bilinear interpole entre eux (align_corners=False)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="285"/>
        <source>Max Pooling 2D</source>
        <translation>Max pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="286"/>
        <source>Keeps the largest value in each small window of every feature map, so a 2x2 pool halves the height and width. It makes the network cheaper and a little tolerant to small shifts, and keeps the strongest response of each filter. Use it after a convolution (and its activation).</source>
        <translation>Garde la plus grande valeur de chaque petite fenêtre de chaque carte de caractéristiques, si bien qu’un pooling 2x2 divise par deux la hauteur et la largeur. Le réseau devient moins coûteux, un peu tolérant aux petits décalages, et garde la réponse la plus forte de chaque filtre. Utilisez-le après une convolution (et son activation).</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="299"/>
        <source>Average Pooling 2D</source>
        <translation>Average pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="300"/>
        <source>Replaces each small window of every feature map by its average, shrinking the maps like max pooling but smoothing instead of picking the strongest value. Use it to downsample when every part of the window should count.</source>
        <translation>Remplace chaque petite fenêtre de chaque carte de caractéristiques par sa moyenne, réduisant les cartes comme le max pooling mais en lissant au lieu de choisir la valeur la plus forte. Utilisez-le pour sous-échantillonner quand chaque partie de la fenêtre doit compter.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="312"/>
        <source>Global Average Pooling</source>
        <translation>Average pooling global</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="313"/>
        <source>Averages each whole feature map to a single number, turning channels x height x width into one value per channel. A light bridge from convolutions to the classifier: unlike Flatten it adds no weights downstream for image size, and it is what Grad-CAM explanations are built on.</source>
        <translation>Moyenne chaque carte de caractéristiques entière en un seul nombre, transformant canaux × hauteur × largeur en une valeur par canal. Un pont léger entre les convolutions et le classifieur : contrairement à Flatten, il n’ajoute pas de poids en aval selon la taille de l’image, et c’est sur lui que reposent les explications Grad-CAM.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="323"/>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="324"/>
        <source>Lays every value of a sample out in one long row, e.g. 16x7x7 becomes 784. It computes nothing and has no weights; it is the glue you need between convolutional layers and a Dense layer.</source>
        <translation>Range toutes les valeurs d’un échantillon sur une seule longue ligne, par ex. 16x7x7 devient 784. Ne calcule rien et n’a pas de poids ; c’est la liaison nécessaire entre des couches de convolution et une couche Dense.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="334"/>
        <source>Gives each sample a new shape with the same number of values, read in the same order: for example 784 becomes 1x28x28 so that flat data can go into a convolution. One entry may be -1, meaning &quot;whatever is left&quot;.</source>
        <translation>Donne à chaque échantillon une nouvelle forme avec le même nombre de valeurs, lues dans le même ordre : par exemple 784 devient 1x28x28 pour que des données plates puissent entrer dans une convolution. Une entrée peut valoir -1, c’est-à-dire « ce qui reste ».</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="339"/>
        <source>New shape of one sample; one entry may be -1 to infer it</source>
        <translation>Nouvelle forme d’un échantillon ; une entrée peut valoir -1 pour être déduite</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="345"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="346"/>
        <source>During training, sets a random fraction of its inputs to zero at every step and scales up the rest, so the network cannot rely on any single neuron. This fights overfitting (training accuracy far above validation accuracy). At evaluation time it does nothing.</source>
        <translation>Pendant l’entraînement, met à zéro une fraction aléatoire de ses entrées à chaque pas et agrandit le reste, pour que le réseau ne puisse s’appuyer sur aucun neurone en particulier. Cela combat le surapprentissage (exactitude d’entraînement bien au-dessus de celle de validation). À l’évaluation, il ne fait rien.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="352"/>
        <source>Fraction of values dropped during training</source>
        <translation>Fraction des valeurs abandonnées pendant l’entraînement</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="358"/>
        <source>Batch Normalization</source>
        <translation>Normalisation par lots</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="359"/>
        <source>Rescales each feature or channel to mean 0 and variance 1 using the statistics of the current batch, then applies a learned scale and shift. It makes deep networks train faster and tolerate higher learning rates. Usually placed after a convolution or Dense layer and before its activation; it needs batches of more than one sample.</source>
        <translation>Ramène chaque caractéristique ou canal à une moyenne 0 et une variance 1 avec les statistiques du lot courant, puis applique une échelle et un décalage appris. Les réseaux profonds s’entraînent ainsi plus vite et tolèrent des taux d’apprentissage plus élevés. Se place généralement après une convolution ou une couche Dense et avant son activation ; elle a besoin de lots de plus d’un échantillon.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="366"/>
        <source>How fast the running statistics used for evaluation follow the batches</source>
        <translation>Vitesse à laquelle les statistiques courantes utilisées pour l’évaluation suivent les lots</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="370"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="387"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>Petit nombre ajouté à la variance pour éviter une division par zéro</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="380"/>
        <source>Layer Normalization</source>
        <translation>Normalisation de couche</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="381"/>
        <source>Rescales the values along the last axis of each sample to mean 0 and variance 1, then applies a learned scale and shift. Unlike batch normalization it looks at one sample at a time, so it behaves the same in training and evaluation and works with any batch size; it is the normalization used in transformers.</source>
        <translation>Ramène les valeurs le long du dernier axe de chaque échantillon à une moyenne 0 et une variance 1, puis applique une échelle et un décalage appris. Contrairement à la normalisation par lots, elle regarde un échantillon à la fois : elle se comporte de la même façon à l’entraînement et à l’évaluation et fonctionne avec toute taille de lot ; c’est la normalisation des transformers.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="394"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="395"/>
        <source>Rectified linear unit: keeps positive values and replaces negative ones by zero, max(0, x). Cheap and effective, it is the default activation between hidden layers. Without some activation, stacked layers collapse into a single linear one.</source>
        <translation>Unité linéaire rectifiée : garde les valeurs positives et remplace les négatives par zéro, max(0, x). Peu coûteuse et efficace, c’est l’activation par défaut entre couches cachées. Sans activation, des couches empilées se réduisent à une seule couche linéaire.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="402"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="403"/>
        <source>Like ReLU, but negative values are multiplied by a small slope alpha instead of becoming zero. Neurons therefore never stop learning entirely (&quot;dying ReLU&quot;); try it when many ReLU outputs stay at zero.</source>
        <translation>Comme ReLU, mais les valeurs négatives sont multipliées par une petite pente alpha au lieu de devenir nulles. Les neurones ne cessent donc jamais complètement d’apprendre (« ReLU mourante ») ; essayez-la quand beaucoup de sorties ReLU restent à zéro.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="409"/>
        <source>Slope for negative inputs</source>
        <translation>Pente pour les entrées négatives</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="412"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="413"/>
        <source>Exponential linear unit: x for positive values and alpha * (exp(x) - 1) for negative ones, a smooth curve that levels off at -alpha. Its outputs average closer to zero than ReLU&apos;s, which can speed up training.</source>
        <translation>Unité linéaire exponentielle : x pour les valeurs positives et alpha * (exp(x) - 1) pour les négatives, une courbe lisse qui plafonne à -alpha. Ses sorties ont une moyenne plus proche de zéro que celles de ReLU, ce qui peut accélérer l’entraînement.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="419"/>
        <source>Value that large negative inputs approach (as -alpha)</source>
        <translation>Valeur dont s’approchent les grandes entrées négatives (soit -alpha)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="422"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="423"/>
        <source>Gaussian error linear unit: x weighted by the probability that a standard normal value is below x. A smooth version of ReLU that lets small negative values through; the usual activation in transformers.</source>
        <translation>Unité linéaire à erreur gaussienne : x pondéré par la probabilité qu’une valeur normale standard soit inférieure à x. Une version lisse de ReLU qui laisse passer les petites valeurs négatives ; l’activation habituelle des transformers.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="429"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="430"/>
        <source>Sigmoid linear unit, also called Swish: x multiplied by its own sigmoid, x / (1 + exp(-x)). Like GELU it is a smooth ReLU that lets small negative values through, dipping just below zero before it levels off at 0. It often trains a little better than ReLU in deep networks.</source>
        <translation>Unité linéaire sigmoïde, aussi appelée Swish : x multiplié par sa propre sigmoïde, x / (1 + exp(-x)). Comme GELU, c’est une version lisse de ReLU qui laisse passer les petites valeurs négatives et descend juste sous zéro avant de se stabiliser à 0. Dans les réseaux profonds, elle entraîne souvent un peu mieux que ReLU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="437"/>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="438"/>
        <source>Squashes every value into the range 0 to 1 with 1 / (1 + exp(-x)), so an output can be read as a probability of yes or no. Good for gates and binary outputs; in deep hidden layers it makes gradients vanish, so prefer ReLU there.</source>
        <translation>Écrase chaque valeur dans l’intervalle de 0 à 1 avec 1 / (1 + exp(-x)), de sorte qu’une sortie se lit comme une probabilité de oui ou non. Bonne pour les portes et les sorties binaires ; dans des couches cachées profondes, elle fait disparaître les gradients : préférez-y ReLU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="445"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="446"/>
        <source>Squashes every value into the range -1 to 1. Centred on zero, it suits small networks and recurrent ones; like the sigmoid it saturates for large inputs, which slows learning in deep stacks.</source>
        <translation>Écrase chaque valeur dans l’intervalle de -1 à 1. Centrée sur zéro, elle convient aux petits réseaux et aux réseaux récurrents ; comme la sigmoïde, elle sature pour les grandes entrées, ce qui ralentit l’apprentissage dans les empilements profonds.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="454"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="455"/>
        <source>Turns the scores along the last axis into probabilities that are positive and sum to 1, exaggerating the largest. Use it to read a classifier&apos;s output as class probabilities, or for attention weights. The cross-entropy loss already applies it, so the network being trained should end with the raw scores.</source>
        <translation>Transforme les scores le long du dernier axe en probabilités positives de somme 1, en accentuant le plus grand. Utilisez-la pour lire la sortie d’un classifieur comme des probabilités de classes, ou pour des poids d’attention. La perte d’entropie croisée l’applique déjà : le réseau entraîné doit donc se terminer par les scores bruts.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="465"/>
        <source>Embedding</source>
        <translation>Plongement (embedding)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="466"/>
        <source>Turns token ids (whole numbers such as the characters or words of a text) into learned vectors: one row of a table per token. Its input is a sequence of ids from an Input of shape [steps]; its output is steps x dim, what recurrent and attention layers read.</source>
        <translation>Transforme des identifiants de jetons (des entiers, comme les caractères ou les mots d&apos;un texte) en vecteurs appris : une ligne d&apos;une table par jeton. Son entrée est une suite d&apos;identifiants venant d&apos;un Input de forme [pas] ; sa sortie est pas x dim, ce que lisent les couches récurrentes et d&apos;attention.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="472"/>
        <source>Number of different tokens (ids 0 to vocab_size - 1)</source>
        <translation>Nombre de jetons différents (identifiants de 0 à vocab_size - 1)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="473"/>
        <source>Length of each token&apos;s vector</source>
        <translation>Longueur du vecteur de chaque jeton</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="481"/>
        <source>Simple RNN</source>
        <translation>RNN simple</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="482"/>
        <source>Reads a sequence one step at a time and keeps a hidden state that mixes the new step with what it remembers: h = tanh(W x + U h_prev + b). The simplest recurrent network; it forgets quickly over long sequences, which LSTM and GRU were invented to fix.</source>
        <translation>Lit une séquence pas à pas et garde un état caché qui mêle le nouveau pas à ce dont il se souvient : h = tanh(W x + U h_prev + b). Le réseau récurrent le plus simple ; il oublie vite sur les longues séquences, ce que LSTM et GRU ont été inventés pour corriger.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="495"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="496"/>
        <source>Long short-term memory: a recurrent layer with a memory cell and three gates (input, forget, output) that learn what to write, keep and show at each step, so it can carry information across long sequences.</source>
        <translation>Mémoire à long et court terme : une couche récurrente avec une cellule mémoire et trois portes (entrée, oubli, sortie) qui apprennent quoi écrire, garder et montrer à chaque pas, si bien qu&apos;elle peut transporter l&apos;information sur de longues séquences.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="508"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="509"/>
        <source>Gated recurrent unit: a lighter LSTM with two gates (reset and update) and no separate memory cell. It often learns as well as an LSTM with fewer weights.</source>
        <translation>Unité récurrente à portes : un LSTM allégé avec deux portes (réinitialisation et mise à jour) et sans cellule mémoire séparée. Il apprend souvent aussi bien qu&apos;un LSTM avec moins de poids.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="520"/>
        <source>Multi-Head Attention</source>
        <translation>Attention multi-têtes</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="521"/>
        <source>Self-attention: every step of a sequence looks at every other step and takes a weighted mix of them, the weights coming from how well its query matches their keys. Several heads attend in parallel, each to something different. The heart of a transformer; the Attention dock shows what each head looks at.</source>
        <translation>Auto-attention : chaque pas d&apos;une séquence regarde tous les autres pas et en prend un mélange pondéré, les poids venant de l&apos;accord entre sa requête (query) et leurs clés (keys). Plusieurs têtes opèrent en parallèle, chacune sur autre chose. Le cœur d&apos;un transformer ; le panneau Attention montre ce que regarde chaque tête.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="527"/>
        <source>Number of heads; must divide the input&apos;s features</source>
        <translation>Nombre de têtes ; doit diviser les caractéristiques de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="529"/>
        <source>Let each step see only itself and earlier steps (for generating text)</source>
        <translation>Chaque pas ne voit que lui-même et les pas précédents (pour générer du texte)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="531"/>
        <source>Fraction of attention weights dropped during training</source>
        <translation>Fraction des poids d&apos;attention abandonnés pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="539"/>
        <source>Positional Encoding</source>
        <translation>Encodage positionnel</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="540"/>
        <source>Adds to each step a vector that encodes its position, because attention alone does not know the order of the steps. Sinusoidal encodings are fixed waves of different frequencies; learned ones are a trained table with one row per position.</source>
        <translation>Ajoute à chaque pas un vecteur qui encode sa position, car l&apos;attention seule ne connaît pas l&apos;ordre des pas. Les encodages sinusoïdaux sont des ondes fixes de fréquences différentes ; les encodages appris sont une table entraînée avec une ligne par position.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="546"/>
        <source>Fixed sine and cosine waves, or a learned table</source>
        <translation>Ondes sinus et cosinus fixes, ou une table apprise</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="548"/>
        <source>The longest sequence it accepts</source>
        <translation>La plus longue séquence acceptée</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="558"/>
        <source>Sequence Pooling</source>
        <translation>Regroupement de séquence</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="559"/>
        <source>Summarises a whole sequence (steps x features) in one vector of features: the mean over the steps, the maximum, or the last step. Put it between sequence layers and the Dense that classifies.</source>
        <translation>Résume une séquence entière (pas x caractéristiques) en un vecteur de caractéristiques : la moyenne sur les pas, le maximum ou le dernier pas. Placez-la entre les couches de séquence et la Dense qui classe.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="564"/>
        <source>How the steps are combined</source>
        <translation>Comment les pas sont combinés</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="572"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="573"/>
        <source>Adds two or more inputs of the same shape value by value. This is the merge of a residual (skip) connection: a block&apos;s input is added to its output, which lets very deep networks train because the gradient can flow around each block.</source>
        <translation>Additionne valeur par valeur deux entrées ou plus de même forme. C’est la fusion d’une connexion résiduelle : l’entrée d’un bloc est ajoutée à sa sortie, ce qui permet d’entraîner des réseaux très profonds car le gradient peut contourner chaque bloc.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="583"/>
        <source>Concatenate</source>
        <translation>Concatenate</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="584"/>
        <source>Joins two or more inputs side by side along one axis, in the order of its input ports: features for flat inputs, channels for images. Use it to combine parallel branches that look at the data differently, as in Inception blocks; all other axes must match.</source>
        <translation>Juxtapose deux entrées ou plus le long d’un axe, dans l’ordre de ses ports d’entrée : caractéristiques pour les entrées plates, canaux pour les images. Utilisez-la pour combiner des branches parallèles qui regardent les données différemment, comme dans les blocs Inception ; tous les autres axes doivent correspondre.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="590"/>
        <source>Sample axis to join along: 0 is features or channels; negative counts from the last</source>
        <translation>Axe de l’échantillon le long duquel joindre : 0 correspond aux caractéristiques ou canaux ; les valeurs négatives comptent depuis le dernier</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="103"/>
        <source>unknown layer type &apos;%1&apos;</source>
        <translation>type de couche inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="109"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 n’a pas de paramètre « %2 »</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="132"/>
        <source>an Input node has no engine layer: it is added to the graph as an input</source>
        <translation>un nœud Input n’a pas de couche dans le moteur : il est ajouté au graphe comme entrée</translation>
    </message>
</context>
<context>
    <name>LessonGoalText</name>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss at least %1</source>
        <translation>perte d’entraînement d’au moins %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss below %1</source>
        <translation>perte d’entraînement sous %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss above %1</source>
        <translation>perte de validation au-dessus de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss below %1</source>
        <translation>perte de validation sous %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="30"/>
        <source>test loss below %1</source>
        <translation>perte de test sous %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="32"/>
        <source>training accuracy at least %1</source>
        <translation>précision d’entraînement d’au moins %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="34"/>
        <source>validation accuracy at least %1</source>
        <translation>précision de validation d’au moins %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="35"/>
        <source>validation accuracy below %1</source>
        <translation>précision de validation sous %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="37"/>
        <source>test accuracy at least %1</source>
        <translation>précision de test d’au moins %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at least %1 parameters</source>
        <translation>au moins %1 paramètres</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at most %1 parameters</source>
        <translation>au plus %1 paramètres</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="66"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="76"/>
        <source>the layer palette is hidden</source>
        <translation>la palette des couches est masquée</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="79"/>
        <source>the network cannot be edited</source>
        <translation>le réseau ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="80"/>
        <source>the network cannot be edited except %1</source>
        <translation>le réseau ne peut pas être modifié sauf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="83"/>
        <source>no training setting may change</source>
        <translation>aucun réglage d’entraînement ne peut changer</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="84"/>
        <source>only these training settings may change: %1</source>
        <translation>seuls ces réglages d’entraînement peuvent changer : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="89"/>
        <source>Locked by the lesson: %1.</source>
        <translation>Verrouillé par la leçon : %1.</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnnxExportJob</name>
    <message>
        <location filename="../app/gui/OnnxExportJob.cpp" line="25"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
</context>
<context>
    <name>ParameterSpec</name>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="52"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="68"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="81"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="82"/>
        <location filename="../core/model/ParameterSpec.cpp" line="88"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="93"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="98"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="114"/>
        <source>a list of whole numbers</source>
        <translation>une liste de nombres entiers</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="133"/>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="148"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 doit être %2, %3 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="155"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 doit être entre %2 et %3, %4 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="161"/>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 doit être l’une des valeurs %2, %3 obtenu</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="167"/>
        <source>%1 needs at least one entry</source>
        <translation>%1 a besoin d’au moins une entrée</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="170"/>
        <source>%1 entries must be between %2 and %3, got %4</source>
        <translation>les entrées de %1 doivent être entre %2 et %3, %4 obtenu</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <location filename="../core/model/commands/PasteCommand.cpp" line="12"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>PyTorchExportJob</name>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="26"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="37"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Supprimer %n connexion</numerusform>
            <numerusform>Supprimer %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="14"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="15"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="9"/>
        <source>Training stopped; the last good weights are kept.</source>
        <translation>L’entraînement est arrêté ; les derniers poids valides sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="18"/>
        <source>completed %n epoch(s)</source>
        <translation>
            <numerusform>%n époque terminée</numerusform>
            <numerusform>%n époques terminées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="20"/>
        <source>stopped at epoch %1, batch %2</source>
        <translation>arrêté à l’époque %1, lot %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="23"/>
        <source>stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>arrêt anticipé après l’époque %1 : la perte de validation ne s’est pas améliorée depuis %n époque (meilleure : époque %2)</numerusform>
            <numerusform>arrêt anticipé après l’époque %1 : la perte de validation ne s’est pas améliorée depuis %n époques (meilleure : époque %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="25"/>
        <source>stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>arrêt anticipé après l’époque %1 : la perte d’entraînement ne s’est pas améliorée depuis %n époque (meilleure : époque %2)</numerusform>
            <numerusform>arrêt anticipé après l’époque %1 : la perte d’entraînement ne s’est pas améliorée depuis %n époques (meilleure : époque %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="29"/>
        <source>; the weights of the best epoch are restored</source>
        <translation>&#x202f;; les poids de la meilleure époque sont restaurés</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="34"/>
        <source>the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the data holds NaN/Inf values.</source>
        <translation>La perte est devenue %1 à l’époque %2, lot %3 : le taux d’apprentissage (%4) est sans doute trop élevé, ou les données contiennent des valeurs NaN/Inf.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="38"/>
        <source>the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable gradient clipping.</source>
        <translation>Les gradients sont devenus NaN ou infinis à l’époque %1, lot %2 : baissez le taux d’apprentissage ou activez l’écrêtage des gradients.</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/io/RunStore.cpp" line="153"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
</context>
<context>
    <name>SetNodeFlagsCommand</name>
    <message>
        <location filename="../core/model/commands/SetNodeFlagsCommand.cpp" line="17"/>
        <source>Change training settings of %1</source>
        <translation>Modifier les paramètres d’entraînement de %1</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../core/model/commands/SetParameterCommand.cpp" line="16"/>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>StartingWeightsText</name>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="23"/>
        <source>kept imported weights for %1</source>
        <translation>poids importés conservés pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="25"/>
        <source>kept trained weights for %1</source>
        <translation>poids entraînés conservés pour %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="27"/>
        <source>initialised every layer from the seed</source>
        <translation>toutes les couches initialisées à partir de la graine</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="28"/>
        <source>initialised %1</source>
        <translation>%1 initialisé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>A workbench for building, training and inspecting neural networks.</source>
        <translation>Un atelier pour construire, entraîner et inspecter des réseaux de neurones.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The project to open (*.nwproj); a bundled example opens as a copy.</source>
        <translation>Le projet à ouvrir (*.nwproj) ; un exemple fourni s’ouvre en copie.</translation>
    </message>
</context>
<context>
    <name>nw::ActivationHover</name>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="51"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="57"/>
        <source>One tile per channel, on one colour scale; the Feature maps tab shows them large.</source>
        <translation>Une vignette par canal, sur une même échelle de couleurs ; l’onglet « Cartes de caractéristiques » les montre en grand.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="58"/>
        <source>One cell per unit.</source>
        <translation>Une case par unité.</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisController</name>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="158"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>after epoch %1</source>
        <translation>après l’époque %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>trained weights</source>
        <translation>poids entraînés</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>initial weights</source>
        <translation>poids initiaux</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>untrained (initial weights)</source>
        <translation>non entraîné (poids initiaux)</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisDocks</name>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="25"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="26"/>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="28"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="30"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="83"/>
        <source>the %1 split</source>
        <translation>la partie « %1 »</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisExport</name>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="23"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="73"/>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="77"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="82"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="84"/>
        <source>Figure as PNG…</source>
        <translation>Figure en PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="87"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="92"/>
        <source>Figure as SVG…</source>
        <translation>Figure en SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="100"/>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::AttentionController</name>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="55"/>
        <location filename="../app/gui/AttentionController.cpp" line="77"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see what the network&apos;s attention and recurrent layers do with it.</source>
        <translation>Cliquez sur un exemple dans la galerie de la matrice de confusion, la frontière de décision, l’aperçu du jeu de données ou le panneau Exemple pour voir ce qu’en font les couches d’attention et récurrentes du réseau.</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="105"/>
        <source>Preparing the network…</source>
        <translation>Préparation du réseau…</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="109"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Cet exemple (%1) ne correspond pas à l’entrée du réseau (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>non entraîné : les poids initiaux de la graine</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>trained weights</source>
        <translation>poids entraînés</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="153"/>
        <source>%1 — live, epoch %2</source>
        <translation>%1 — en direct, époque %2</translation>
    </message>
</context>
<context>
    <name>nw::AttentionDock</name>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="14"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="15"/>
        <source>Recurrent states</source>
        <translation>États récurrents</translation>
    </message>
</context>
<context>
    <name>nw::AttentionPage</name>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="48"/>
        <source>The MultiHeadAttention layer whose heads are shown</source>
        <translation>La couche MultiHeadAttention dont les têtes sont affichées</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="50"/>
        <source>Heads of this layer</source>
        <translation>Têtes de cette couche</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="51"/>
        <source>All layers and heads</source>
        <translation>Toutes les couches et têtes</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="52"/>
        <source>Rollout across layers</source>
        <translation>Rollout à travers les couches</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="53"/>
        <source>Rollout (Abnar and Zuidema 2020) multiplies the layers&apos; head-averaged attention, each mixed half and half with the residual connection: how much each input token reaches each position at the top.</source>
        <translation>Le rollout (Abnar et Zuidema 2020) multiplie l’attention des couches moyennée sur les têtes, chacune mélangée à parts égales avec la connexion résiduelle : combien chaque jeton d’entrée atteint chaque position en haut.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="57"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="59"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="73"/>
        <source>Rows are queries, columns keys: row i shows where token i looks. Hover a cell for its weight, click a token to highlight its row.</source>
        <translation>Les lignes sont les requêtes, les colonnes les clés : la ligne i montre où regarde le jeton i. Survolez une cellule pour voir son poids, cliquez sur un jeton pour surligner sa ligne.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="89"/>
        <location filename="../widgets/attention/AttentionPage.cpp" line="193"/>
        <source>Open a sample of a network with MultiHeadAttention layers to see where each head looks.</source>
        <translation>Ouvrez un exemple d’un réseau avec des couches MultiHeadAttention pour voir où regarde chaque tête.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="192"/>
        <source>This network has no MultiHeadAttention layer.</source>
        <translation>Ce réseau n’a pas de couche MultiHeadAttention.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="211"/>
        <source>Head %1</source>
        <translation>Tête %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="218"/>
        <source>%1 · head %2</source>
        <translation>%1 · tête %2</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="229"/>
        <source>Rollout of the only attention layer</source>
        <translation>Rollout de l’unique couche d’attention</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="230"/>
        <source>Rollout over %1 layers</source>
        <translation>Rollout sur %1 couches</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="275"/>
        <source>Token %1 “%2”: its row shows where it looks.</source>
        <translation>Jeton %1 « %2 » : sa ligne montre où il regarde.</translation>
    </message>
</context>
<context>
    <name>nw::AttributionPage</name>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="43"/>
        <source>How strongly the map covers the sample.</source>
        <translation>À quel point la carte recouvre l’échantillon.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="64"/>
        <source>Opacity:</source>
        <translation>Opacité :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="90"/>
        <source>At most %1 methods side by side: untick one first.</source>
        <translation>Au plus %1 méthodes côte à côte : décochez-en d’abord une.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="97"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Cliquez sur un échantillon dans la galerie de la matrice de confusion, la frontière de décision, l’aperçu des données ou le panneau Échantillon pour voir pourquoi le réseau prédit ce qu’il prédit.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="121"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="163"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="185"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="159"/>
        <source>True class: %1</source>
        <translation>Classe réelle : %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="193"/>
        <source>Class %1, score %2</source>
        <translation>Classe %1, score %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="195"/>
        <source>Completeness gap %1</source>
        <translation>Écart de complétude %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="198"/>
        <source>Sum %1 = score − baseline score %2 (%3)</source>
        <translation>Somme %1 = score − score de référence %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>sampled</source>
        <translation>échantillonné</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="204"/>
        <source>Local fit R² %1</source>
        <translation>Ajustement local R² %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="206"/>
        <source>At %1×%2, smoothed for display</source>
        <translation>En %1×%2, lissé pour l’affichage</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="73"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="76"/>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="87"/>
        <source>All off</source>
        <translation>Tout désactiver</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="89"/>
        <source>Train on the images exactly as they are.</source>
        <translation>Entraîner sur les images exactement telles qu&apos;elles sont.</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationPreview</name>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="18"/>
        <source>Other epochs</source>
        <translation>Autres époques</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="24"/>
        <source>Show what the next epochs make of this sample.</source>
        <translation>Montrer ce que les époques suivantes font de cet échantillon.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="70"/>
        <source>Augmentation varies images; these samples are not images.</source>
        <translation>L&apos;augmentation fait varier des images ; ces échantillons n&apos;en sont pas.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="71"/>
        <source>Load image data to see what augmentation makes of a sample.</source>
        <translation>Chargez des images pour voir ce que l&apos;augmentation fait d&apos;un échantillon.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="85"/>
        <source>as stored</source>
        <translation>tel quel</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="92"/>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="99"/>
        <source>Sample %1 as training sees it in each epoch (training data only).</source>
        <translation>Échantillon %1 tel que l&apos;entraînement le voit à chaque époque (données d&apos;entraînement seulement).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="100"/>
        <source>Sample %1: augmentation is off, so every epoch sees it as stored.</source>
        <translation>Échantillon %1 : l&apos;augmentation est désactivée, chaque époque le voit donc tel quel.</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveManager</name>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="132"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1 : impossible de créer le dossier de sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveRestorePrompt</name>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>the untitled project “%1”</source>
        <translation>le projet sans titre « %1 »</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="15"/>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="16"/>
        <source>Netwright did not close properly. Restore the unsaved changes to %1 from %2?</source>
        <translation>Netwright ne s’est pas fermé correctement. Restaurer les modifications non enregistrées de %1 datant du %2 ?</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="19"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>nw::CalibrationPanel</name>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="80"/>
        <source>Reliability: ECE %1, maximum gap %2, Brier score %3</source>
        <translation>Fiabilité : ECE %1, écart maximal %2, score de Brier %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="102"/>
        <source>Calibration is for classifiers with at least two classes.</source>
        <translation>La calibration concerne les classifieurs d’au moins deux classes.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="103"/>
        <source>Evaluate the trained model to see how far its confidence can be trusted.</source>
        <translation>Évaluez le modèle entraîné pour voir jusqu’où on peut se fier à sa confiance.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="109"/>
        <source>Confidence (top-class probability)</source>
        <translation>Confiance (probabilité de la classe principale)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="114"/>
        <source>Perfectly calibrated</source>
        <translation>Calibration parfaite</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="119"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="131"/>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="132"/>
        <source>Wrong</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="150"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="157"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
</context>
<context>
    <name>nw::ClassDistributionChart</name>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>nw::ClassMetricsTable</name>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>ROC AUC</source>
        <translation>AUC ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Avg. precision</source>
        <translation>Précision moy.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="69"/>
        <source>Per-class metrics are for classifiers.</source>
        <translation>Les métriques par classe concernent les classifieurs.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="70"/>
        <source>Evaluate the trained model to see its per-class metrics.</source>
        <translation>Évaluez le modèle entraîné pour voir ses métriques par classe.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="100"/>
        <source>Macro average</source>
        <translation>Moyenne macro</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="102"/>
        <source>Weighted average</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="103"/>
        <source>Micro average (accuracy)</source>
        <translation>Moyenne micro (exactitude)</translation>
    </message>
</context>
<context>
    <name>nw::CompressController</name>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="68"/>
        <source>Measuring the fine-tuned network…</source>
        <translation>Mesure du réseau affiné…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="101"/>
        <source>Measuring accuracy from 0 to 95% sparsity…</source>
        <translation>Mesure de l’exactitude de 0 à 95 % de parcimonie…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="117"/>
        <source>Pruning %1% of the weights…</source>
        <translation>Élagage de %1 % des poids…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="169"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="173"/>
        <source>The weights do not fit the edited network: train it again.</source>
        <translation>Les poids ne correspondent pas au réseau modifié : entraînez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="190"/>
        <source>The network or its weights changed while this ran: nothing was changed.</source>
        <translation>Le réseau ou ses poids ont changé pendant l’opération : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="196"/>
        <source>Could not compress: %1</source>
        <translation>Compression impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="204"/>
        <source>Measured on %1 test samples.</source>
        <translation>Mesuré sur %1 exemples de test.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="222"/>
        <source>Pruned: %1% of the weights are zero.</source>
        <translation>Élagué : %1 % des poids sont nuls.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="233"/>
        <source>Fine-tuned for %1 epochs; the pruned weights stayed zero.</source>
        <translation>Affiné pendant %1 époques ; les poids élagués sont restés à zéro.</translation>
    </message>
</context>
<context>
    <name>nw::CompressPanel</name>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="33"/>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="36"/>
        <source>Prune</source>
        <translation>Élaguer</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="38"/>
        <source>Fine-tune</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="43"/>
        <source>Accuracy on the test split as the weights are pruned from 0 to 95%, and of the network quantized to int8</source>
        <translation>Exactitude sur la partie de test quand les poids sont élagués de 0 à 95 %, et du réseau quantifié en int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="49"/>
        <source>The share of weights set to zero, smallest magnitudes first</source>
        <translation>La part des poids mis à zéro, les plus petits en magnitude d’abord</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="50"/>
        <source>Over the whole network</source>
        <translation>Sur tout le réseau</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="51"/>
        <source>Per layer</source>
        <translation>Par couche</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="52"/>
        <source>Set the smallest weights of the trained network to zero</source>
        <translation>Mettre à zéro les plus petits poids du réseau entraîné</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="55"/>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="56"/>
        <source>Train the pruned network further; pruned weights stay zero</source>
        <translation>Continuer d’entraîner le réseau élagué ; les poids élagués restent à zéro</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="65"/>
        <source>Sparsity:</source>
        <translation>Parcimonie :</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="84"/>
        <source>Train the network, then measure how much of it can go.</source>
        <translation>Entraînez le réseau, puis mesurez ce qu’on peut en retirer.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="95"/>
        <source>Size: %1 as float32</source>
        <translation>Taille : %1 en float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="97"/>
        <source>, %1 pruned to %2% (kept weights and a bitmap)</source>
        <translation>, %1 élagué à %2 % (poids conservés et un masque de bits)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="100"/>
        <source>, %1 as int8</source>
        <translation>, %1 en int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="101"/>
        <source>: %1 times smaller.</source>
        <translation>: %1 fois plus petit.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="107"/>
        <source>int8: accuracy %1% (%2 points against the %3 model), weights %4, activations calibrated on %5 training samples.</source>
        <translation>int8 : exactitude %1 % (%2 points par rapport au modèle %3), poids %4, activations calibrées sur %5 exemples d’entraînement.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="112"/>
        <source>fine-tuned</source>
        <translation>affiné</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="113"/>
        <source>pruned</source>
        <translation>élagué</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="111"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="114"/>
        <source>per channel</source>
        <translation>par canal</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="115"/>
        <source>per tensor</source>
        <translation>par tenseur</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="118"/>
        <source>int8: loss %1 (float32: %2).</source>
        <translation>int8 : perte %1 (float32 : %2).</translation>
    </message>
</context>
<context>
    <name>nw::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="22"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Évaluez le modèle entraîné pour voir où il a raison et où il se trompe.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="175"/>
        <source>Predicted class</source>
        <translation>Classe prédite</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="180"/>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="280"/>
        <source>True %1, predicted %2: %n sample(s), %3% of the class. Click to see them.</source>
        <translation>
            <numerusform>Réelle %1, prédite %2 : %n échantillon, %3% de la classe. Cliquez pour le voir.</numerusform>
            <numerusform>Réelle %1, prédite %2 : %n échantillons, %3% de la classe. Cliquez pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::ConfusionMatrixPanel</name>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="25"/>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="26"/>
        <source>Share of true class</source>
        <translation>Part de la classe réelle</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="27"/>
        <source>Row-normalised: each row sums to 1, the diagonal is each class&apos;s recall.</source>
        <translation>Normalisée par ligne : chaque ligne a pour somme 1, la diagonale est le rappel de chaque classe.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="62"/>
        <source>The confusion matrix is for classifiers; this model predicts values.</source>
        <translation>La matrice de confusion concerne les classifieurs ; ce modèle prédit des valeurs.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="63"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Évaluez le modèle entraîné pour voir où il a raison et où il se trompe.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="78"/>
        <source>Training split</source>
        <translation>Partie entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="79"/>
        <source>Validation split</source>
        <translation>Partie validation</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="80"/>
        <source>Test split</source>
        <translation>Partie test</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="81"/>
        <source>%1: %n sample(s), accuracy %2%</source>
        <translation>
            <numerusform>%1 : %n échantillon, exactitude %2%</numerusform>
            <numerusform>%1 : %n échantillons, exactitude %2%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="110"/>
        <source>True %1, predicted %2</source>
        <translation>Réelle %1, prédite %2</translation>
    </message>
</context>
<context>
    <name>nw::DatasetDock</name>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="66"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="73"/>
        <source>The data spec saved in the project; netwright-cli --data takes the same text.</source>
        <translation>La spécification des données enregistrée dans le projet ; netwright-cli --data accepte le même texte.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="74"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="76"/>
        <source>Read the data again, for example after the file changed on disk.</source>
        <translation>Relire les données, par exemple après une modification du fichier sur le disque.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="90"/>
        <source>Stop reading the data; Reload reads it again.</source>
        <translation>Arrêter la lecture des données ; Recharger les relit.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="147"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="162"/>
        <source>Read %1 of %2 files…</source>
        <translation>%1 fichiers lus sur %2…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="167"/>
        <source>Split</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="171"/>
        <source>Share of the samples held out to watch for overfitting after each epoch.</source>
        <translation>Part des échantillons mise de côté pour surveiller le surapprentissage après chaque époque.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="174"/>
        <source>Share of the samples kept aside for the final evaluation.</source>
        <translation>Part des échantillons réservée à l’évaluation finale.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="179"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="187"/>
        <source>The same seed always gives the same split.</source>
        <translation>La même graine donne toujours le même partage.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="188"/>
        <source>Keep class proportions in every part (stratified)</source>
        <translation>Conserver les proportions des classes dans chaque partie (stratifié)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="190"/>
        <source>Validation:</source>
        <translation>Validation :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="191"/>
        <source>Test:</source>
        <translation>Test :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="192"/>
        <source>Split seed:</source>
        <translation>Graine du partage :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="205"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="208"/>
        <source>No data loaded yet.</source>
        <translation>Aucune donnée chargée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="223"/>
        <source>The first samples of the dataset; click one to inspect it.</source>
        <translation>Les premiers échantillons du jeu de données ; cliquez sur l’un d’eux pour l’inspecter.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="232"/>
        <source>The points of the 2-D problem, coloured by class (or by value for regression).</source>
        <translation>Les points du problème 2D, colorés par classe (ou par valeur en régression).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="252"/>
        <source>Classes per part</source>
        <translation>Classes par partie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="275"/>
        <source>Augmentation (training images only)</source>
        <translation>Augmentation (images d&apos;entraînement seulement)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="341"/>
        <source>No dataset chosen yet.</source>
        <translation>Aucun jeu de données choisi pour l’instant.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="342"/>
        <source>Spec: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Spécification : &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="406"/>
        <source>Choose where the data comes from.</source>
        <translation>Choisissez d’où viennent les données.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="422"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="452"/>
        <source>Loading stopped. Reload reads the data again.</source>
        <translation>Chargement arrêté. Recharger relit les données.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="460"/>
        <source>Could not load the data.
%1</source>
        <translation>Impossible de charger les données.
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="468"/>
        <source>%1 samples of shape %2, %3 classes; loaded in %4 s.</source>
        <translation>%1 échantillons de forme %2, %3 classes ; chargés en %4 s.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="471"/>
        <source>%1 samples of shape %2, regression; loaded in %3 s.</source>
        <translation>%1 échantillons de forme %2, régression ; chargés en %3 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/DatasetDock.cpp" line="476"/>
        <source>Vocabulary of all %n tokens shown here; training builds its own from the training split.</source>
        <translation>
            <numerusform>Vocabulaire des %n jetons affichés ; l’entraînement construit le sien à partir de la partie d’entraînement.</numerusform>
            <numerusform>Vocabulaire des %n jetons affichés ; l’entraînement construit le sien à partir de la partie d’entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="527"/>
        <source>Sample %1: %2</source>
        <translation>Échantillon %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="557"/>
        <source>%1 training, %2 validation, %3 test samples.</source>
        <translation>%1 échantillons d’entraînement, %2 de validation, %3 de test.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="562"/>
        <source>Testing uses %1.</source>
        <translation>Le test utilise %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="566"/>
        <source>Regression data has no classes. %1</source>
        <translation>Les données de régression n’ont pas de classes. %1</translation>
    </message>
</context>
<context>
    <name>nw::DatasetSourceForm</name>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="67"/>
        <source>Built-in generator</source>
        <translation>Générateur intégré</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="68"/>
        <source>Bundled dataset</source>
        <translation>Jeu de données fourni</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="69"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="70"/>
        <source>IDX files (MNIST style)</source>
        <translation>Fichiers IDX (style MNIST)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="71"/>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="72"/>
        <source>Image folder</source>
        <translation>Dossier d’images</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="73"/>
        <source>NumPy arrays (.npy)</source>
        <translation>Tableaux NumPy (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="75"/>
        <source>Built-in sequence task</source>
        <translation>Tâche de séquences intégrée</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="76"/>
        <source>Labelled texts</source>
        <translation>Textes étiquetés</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="77"/>
        <source>Which language is a word?</source>
        <translation>De quelle langue est un mot ?</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="87"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="124"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="125"/>
        <source>Exclusive or (XOR)</source>
        <translation>Ou exclusif (XOR)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="126"/>
        <source>Two Gaussians</source>
        <translation>Deux gaussiennes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="127"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="128"/>
        <source>Plane (regression)</source>
        <translation>Plan (régression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="129"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>Multi-gaussienne (régression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="140"/>
        <source>0 is clean; 1 is TensorFlow Playground&apos;s noise slider at its maximum.</source>
        <translation>0 est sans bruit ; 1 correspond au curseur de bruit de TensorFlow Playground au maximum.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="148"/>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="149"/>
        <source>Samples:</source>
        <translation>Échantillons :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="150"/>
        <source>Noise:</source>
        <translation>Bruit :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="151"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="166"/>
        <source>Iris flowers (150 × 4 measurements, 3 species)</source>
        <translation>Iris (150 × 4 mesures, 3 espèces)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="167"/>
        <source>Handwritten digits (1,797 images of 8 × 8)</source>
        <translation>Chiffres manuscrits (1 797 images de 8 × 8)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="168"/>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="180"/>
        <source>Training images (60,000)</source>
        <translation>Images d’entraînement (60 000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="181"/>
        <source>Test images (10,000)</source>
        <translation>Images de test (10 000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="182"/>
        <source>Test on the official 10,000 test images</source>
        <translation>Tester sur les 10 000 images de test officielles</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="184"/>
        <source>Uses fashion-mnist:test as the test set; the training images are then split into training and validation only.</source>
        <translation>Utilise fashion-mnist:test comme jeu de test ; les images d’entraînement sont alors partagées seulement entre entraînement et validation.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="189"/>
        <source>Part:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="206"/>
        <source>Read from %1.</source>
        <translation>Lu depuis %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="207"/>
        <source>Not installed: %1 holds no Fashion-MNIST files. Set NETWRIGHT_FASHION_MNIST to the folder with the four .gz files.</source>
        <translation>Non installé : %1 ne contient aucun fichier Fashion-MNIST. Donnez à NETWRIGHT_FASHION_MNIST le dossier contenant les quatre fichiers .gz.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="224"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx* *.gz);;All files (*)</source>
        <translation>Fichiers IDX (*-ubyte *-ubyte.gz *.idx* *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="225"/>
        <source>Choose the IDX images file</source>
        <translation>Choisir le fichier IDX des images</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="227"/>
        <source>Choose the IDX labels file</source>
        <translation>Choisir le fichier IDX des étiquettes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="229"/>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="230"/>
        <source>Labels:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="239"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>Tableaux NumPy (*.npy);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="240"/>
        <source>Choose the features (.npy)</source>
        <translation>Choisir les caractéristiques (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="242"/>
        <source>Choose the targets (.npy)</source>
        <translation>Choisir les cibles (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="244"/>
        <source>Features:</source>
        <translation>Caractéristiques :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="245"/>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>Choose a CSV table</source>
        <translation>Choisir un tableau CSV</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="258"/>
        <source>The column the network learns to predict; the others become features.</source>
        <translation>La colonne que le réseau apprend à prédire ; les autres deviennent des caractéristiques.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="261"/>
        <source>Drop rows with missing values</source>
        <translation>Supprimer les lignes avec des valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="262"/>
        <source>Fill in the column mean</source>
        <translation>Remplacer par la moyenne de la colonne</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="265"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="266"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="267"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="271"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="272"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="273"/>
        <source>Target column:</source>
        <translation>Colonne cible :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="274"/>
        <source>Missing values:</source>
        <translation>Valeurs manquantes :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="297"/>
        <source>Choose a folder with one subfolder per class</source>
        <translation>Choisir un dossier avec un sous-dossier par classe</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="307"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="313"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="318"/>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="319"/>
        <source>Colour (RGB)</source>
        <translation>Couleur (RVB)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="322"/>
        <source>Stretch to the size</source>
        <translation>Étirer à la taille</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="323"/>
        <source>Scale, then cut out the centre</source>
        <translation>Mettre à l&apos;échelle, puis découper le centre</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="324"/>
        <source>Cutting out the centre keeps shapes as they are; stretching squashes images of another aspect ratio.</source>
        <translation>Découper le centre garde les formes telles quelles ; étirer écrase les images d&apos;un autre format.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="328"/>
        <source>None (pixels from 0 to 1)</source>
        <translation>Aucune (pixels de 0 à 1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="329"/>
        <source>Mean and spread of the training images</source>
        <translation>Moyenne et dispersion des images d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="330"/>
        <source>Per colour channel, subtract the mean and divide by the standard deviation, measured on the training split only.</source>
        <translation>Par canal de couleur, soustraire la moyenne et diviser par l&apos;écart-type, mesurés sur la partie d&apos;entraînement seulement.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="332"/>
        <source>Skip files that are not readable images</source>
        <translation>Ignorer les fichiers qui ne sont pas des images lisibles</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="334"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="335"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="336"/>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="337"/>
        <source>Fit:</source>
        <translation>Ajustement :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="338"/>
        <source>Normalise:</source>
        <translation>Normaliser :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="529"/>
        <source>Given: mean %1, standard deviation %2</source>
        <translation>Donnés : moyenne %1, écart-type %2</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryPanel</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="85"/>
        <source>Test sample %1 selected.</source>
        <translation>Échantillon de test %1 sélectionné.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="86"/>
        <source>Training sample %1 selected.</source>
        <translation>Échantillon d’entraînement %1 sélectionné.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="187"/>
        <source>%1 training samples (dots), %2 test samples (rings). The colours show the class the network predicts.</source>
        <translation>%1 échantillons d’entraînement (points), %2 échantillons de test (anneaux). Les couleurs montrent la classe que prédit le réseau.</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryWidget</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="70"/>
        <source>Background: the class the network predicts, stronger where it is surer.
Dots: training samples. Rings: test samples. Click a sample to inspect it.</source>
        <translation>Fond : la classe que prédit le réseau, plus intense là où il est plus sûr.
Points : échantillons d’entraînement. Anneaux : échantillons de test. Cliquez sur un échantillon pour l’inspecter.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="245"/>
        <source>For datasets with two features, this shows how the network divides the plane.

Press Train to watch the boundary take shape.</source>
        <translation>Pour les jeux de données à deux caractéristiques, ceci montre comment le réseau partage le plan.

Appuyez sur Entraîner pour voir la frontière se former.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="324"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="328"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="330"/>
        <source>test</source>
        <translation>test</translation>
    </message>
</context>
<context>
    <name>nw::DocumentFiles</name>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="40"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="354"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="65"/>
        <source>The weights file %1 does not exist. The network opened without trained weights.</source>
        <translation>Le fichier de poids %1 n’existe pas. Le réseau a été ouvert sans poids entraînés.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="70"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="80"/>
        <source>%1
The network opened without trained weights.</source>
        <translation>%1
Le réseau a été ouvert sans poids entraînés.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="88"/>
        <source>The weights in %1 belong to a different network (%2). The network opened without them: train it again, or open the weights that belong to it.</source>
        <translation>Les poids de %1 appartiennent à un autre réseau (%2). Le réseau a été ouvert sans eux : entraînez-le à nouveau ou ouvrez les poids qui lui correspondent.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="100"/>
        <source>Stop training before opening weights.</source>
        <translation>Arrêtez l’entraînement avant d’ouvrir des poids.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="107"/>
        <source>Opened the weights %1</source>
        <translation>Poids %1 ouverts</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="110"/>
        <source>%1: these weights do not fit the network: %2</source>
        <translation>%1 : ces poids ne correspondent pas au réseau : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="115"/>
        <source>Cannot open the weights</source>
        <translation>Impossible d’ouvrir les poids</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="130"/>
        <source>%1: Netwright opens projects (*.nwproj) and weights (*.safetensors) dropped on the window; choose data in the Dataset dock.</source>
        <translation>%1 : Netwright ouvre les projets (*.nwproj) et les poids (*.safetensors) déposés sur la fenêtre ; choisissez les données dans le panneau Jeu de données.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="136"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="162"/>
        <source>Cannot open the lesson</source>
        <translation>Impossible d’ouvrir la leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="167"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="194"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="216"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="243"/>
        <source>Stop training before opening another project.</source>
        <translation>Arrêtez l’entraînement avant d’ouvrir un autre projet.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="173"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="178"/>
        <source>Opened without weights</source>
        <translation>Ouvert sans poids</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="185"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="201"/>
        <source>Opened a copy of the example “%1”. Press Train to start.</source>
        <translation>Une copie de l’exemple « %1 » a été ouverte. Appuyez sur Entraîner pour commencer.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="207"/>
        <source>Cannot open the example</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Leçons Netwright (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="250"/>
        <source>Imported %1 as an untitled project; save it to keep it.</source>
        <translation>%1 importé comme projet sans titre ; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="258"/>
        <source>Cannot import the ONNX model</source>
        <translation>Impossible d’importer le modèle ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>Import ONNX Model</source>
        <translation>Importer un modèle ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="280"/>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="288"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="304"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Netwright projects (*.nwproj)</source>
        <translation>Projets Netwright (*.nwproj)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="341"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="342"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Le projet contient des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="387"/>
        <source>Cannot restore the project</source>
        <translation>Impossible de restaurer le projet</translation>
    </message>
</context>
<context>
    <name>nw::DrawPage</name>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="33"/>
        <source>Centre and scale like the training images</source>
        <translation>Centrer et mettre à l’échelle comme les images d’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="41"/>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="44"/>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="46"/>
        <source>Rub out (the right mouse button does too).</source>
        <translation>Effacer (le bouton droit de la souris le fait aussi).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="50"/>
        <source>Clear</source>
        <translation>Effacer tout</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="53"/>
        <source>Brush size</source>
        <translation>Taille du pinceau</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="55"/>
        <source>Crop the drawing to its ink, scale it to the size the training images&apos; ink has and move it to where their centre of mass is.</source>
        <translation>Rogner le dessin à son tracé, le mettre à la taille du tracé des images d’entraînement et le déplacer à leur centre de masse.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="86"/>
        <source>Map:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="109"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Le dessin demande un réseau dont l’entrée est une image à un canal.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="117"/>
        <source>Draw with the mouse: the prediction and the map follow every stroke.</source>
        <translation>Dessinez à la souris : la prédiction et la carte suivent chaque trait.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="164"/>
        <source>For class %1</source>
        <translation>Pour la classe %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="170"/>
        <source>Answered %1 ms after the stroke.</source>
        <translation>Réponse %1 ms après le trait.</translation>
    </message>
</context>
<context>
    <name>nw::EvaluationDock</name>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="24"/>
        <source>&amp;Evaluate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="25"/>
        <source>After each epoch</source>
        <translation>Après chaque époque</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="36"/>
        <source>Training split</source>
        <translation>Partie entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="37"/>
        <source>Validation split</source>
        <translation>Partie validation</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="38"/>
        <source>Test split</source>
        <translation>Partie test</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="40"/>
        <source>The samples to evaluate the model on</source>
        <translation>Les exemples sur lesquels évaluer le modèle</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="41"/>
        <source>Evaluate the current weights on the chosen split now</source>
        <translation>Évaluer maintenant les poids actuels sur la partie choisie</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="43"/>
        <source>While training, evaluate again after every epoch (when this panel is on show)</source>
        <translation>Pendant l’entraînement, réévaluer après chaque époque (quand ce panneau est visible)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="55"/>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="56"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="57"/>
        <source>Precision–recall</source>
        <translation>Précision–rappel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="58"/>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="59"/>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="60"/>
        <source>Reconstruction</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="79"/>
        <source>Train the network, or press Evaluate to see how the current weights do.</source>
        <translation>Entraînez le réseau, ou cliquez sur Évaluer pour voir ce que valent les poids actuels.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="101"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n échantillon</numerusform>
            <numerusform>%n échantillons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="103"/>
        <source>accuracy %1%, loss %2</source>
        <translation>exactitude %1 %, perte %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="105"/>
        <source>reconstruction error %1 (MSE per value)</source>
        <translation>erreur de reconstruction %1 (MSE par valeur)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="106"/>
        <source>MSE %1, MAE %2, R² %3</source>
        <translation>MSE %1, MAE %2, R² %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="133"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
</context>
<context>
    <name>nw::ExampleGallery</name>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="28"/>
        <source>Show this gallery when Netwright starts</source>
        <translation>Afficher cette galerie au démarrage de Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="30"/>
        <source>Welcome to Netwright</source>
        <translation>Bienvenue dans Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="32"/>
        <source>&lt;b&gt;Pick an example to start from.&lt;/b&gt; Open it, then press &lt;i&gt;Train&lt;/i&gt; and watch the network learn. Examples open as untitled copies: change them as you like.</source>
        <translation>&lt;b&gt;Choisissez un exemple pour commencer.&lt;/b&gt; Ouvrez-le, puis appuyez sur &lt;i&gt;Entraîner&lt;/i&gt; et regardez le réseau apprendre. Les exemples s’ouvrent en copies sans titre : modifiez-les à votre guise.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="63"/>
        <source>&amp;Open Example</source>
        <translation>&amp;Ouvrir l’exemple</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="64"/>
        <source>Start &amp;Empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
</context>
<context>
    <name>nw::ExplainController</name>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="50"/>
        <source>the test split</source>
        <translation>la partie de test</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="199"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Le dessin demande un réseau dont l’entrée est une image à un canal.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="208"/>
        <location filename="../app/gui/ExplainController.cpp" line="327"/>
        <source>the dataset</source>
        <translation>le jeu de données</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="238"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Cliquez sur un échantillon dans la galerie de la matrice de confusion, la frontière de décision, l’aperçu des données ou le panneau Échantillon pour voir pourquoi le réseau prédit ce qu’il prédit.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="240"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Ouvrez un échantillon pour voir ce que chaque couche en fait.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="242"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Où se trouvent les échantillons de test dans l’espace d’une couche cachée : chaque groupe est ce que la couche rassemble.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="274"/>
        <source>Weights after epoch %1.</source>
        <translation>Poids après l’époque %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="275"/>
        <source>Initial weights: the run has just started.</source>
        <translation>Poids initiaux : l’entraînement vient de commencer.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="279"/>
        <source>Untrained: the seed&apos;s initial weights. Train the network to see what it learns.</source>
        <translation>Non entraîné : les poids initiaux de la graine. Entraînez le réseau pour voir ce qu’il apprend.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="280"/>
        <source>Trained weights.</source>
        <translation>Poids entraînés.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="341"/>
        <source>Sample %1 of %2</source>
        <translation>Échantillon %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="362"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Cet échantillon (%1) ne correspond pas à l’entrée du réseau (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="455"/>
        <source>Open a sample in the Explain dock to see what this layer makes of it.</source>
        <translation>Ouvrez un échantillon dans le panneau Expliquer pour voir ce que cette couche en fait.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="490"/>
        <source>The split has too few samples to project.</source>
        <translation>La partie a trop peu d’échantillons pour une projection.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="493"/>
        <source>Projecting %n samples of the %1 split…</source>
        <translation>
            <numerusform>Projection de %n échantillon de la partie %1…</numerusform>
            <numerusform>Projection de %n échantillons de la partie %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="518"/>
        <source>%1 over %n samples of the %2 split, %3 of them predicted wrong. Click a point to explain it.</source>
        <translation>
            <numerusform>%1 sur %n échantillon de la partie %2, dont %3 mal prédits. Cliquez sur un point pour l’expliquer.</numerusform>
            <numerusform>%1 sur %n échantillons de la partie %2, dont %3 mal prédits. Cliquez sur un point pour l’expliquer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainSetup.cpp" line="18"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainDock</name>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="34"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="35"/>
        <source>Feature maps</source>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="36"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="37"/>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
</context>
<context>
    <name>nw::ExplainJobRunner</name>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="66"/>
        <source>The network is not ready yet.</source>
        <translation>Le réseau n’est pas encore prêt.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="80"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainMethodForm</name>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="51"/>
        <source>Tick up to four methods to compare them side by side.</source>
        <translation>Cochez jusqu’à quatre méthodes pour les comparer côte à côte.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="63"/>
        <source>Whose score the map explains.</source>
        <translation>Le score que la carte explique.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="66"/>
        <source>Points on the straight path from the baseline to the sample.</source>
        <translation>Points sur le chemin droit de la référence à l’échantillon.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="70"/>
        <source>What &quot;nothing&quot; looks like: where the path starts, what covers a window or a switched-off part.</source>
        <translation>À quoi ressemble « rien » : où le chemin commence, ce qui couvre une fenêtre ou une partie éteinte.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="73"/>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="76"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="78"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="81"/>
        <source>Noisy copies (SmoothGrad) or perturbed inputs (LIME, SHAP); &quot;default&quot; lets the method choose.</source>
        <translation>Copies bruitées (SmoothGrad) ou entrées perturbées (LIME, SHAP) ; « par défaut » laisse la méthode choisir.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="86"/>
        <source>Noise as a fraction of the input&apos;s value range.</source>
        <translation>Bruit en fraction de la plage de valeurs de l’entrée.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="89"/>
        <source>How many regions LIME and SHAP cut the image into.</source>
        <translation>En combien de régions LIME et SHAP découpent l’image.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="91"/>
        <source>The convolution layer whose feature maps Grad-CAM weighs.</source>
        <translation>La couche de convolution dont Grad-CAM pondère les cartes de caractéristiques.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="93"/>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="94"/>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="95"/>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="96"/>
        <source>Stride:</source>
        <translation>Pas :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="97"/>
        <source>Samples:</source>
        <translation>Tirages :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="98"/>
        <source>Noise:</source>
        <translation>Bruit :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="99"/>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="100"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="104"/>
        <source>Methods:</source>
        <translation>Méthodes :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="107"/>
        <source>Explain:</source>
        <translation>Expliquer :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="143"/>
        <source>Predicted class</source>
        <translation>Classe prédite</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="144"/>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
</context>
<context>
    <name>nw::ExplainTexts</name>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="9"/>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="11"/>
        <source>Gradient × input</source>
        <translation>Gradient × entrée</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="13"/>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="15"/>
        <source>Integrated Gradients</source>
        <translation>Gradients intégrés</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="17"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="19"/>
        <source>Occlusion</source>
        <translation>Occlusion</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="21"/>
        <source>LIME</source>
        <translation>LIME</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="23"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="25"/>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="27"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="29"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="31"/>
        <source>Attention rollout</source>
        <translation>Rollout de l&apos;attention</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="40"/>
        <source>How much the class score changes when one input value changes a little (red raises it, blue lowers it).</source>
        <translation>De combien le score de la classe change quand une valeur d’entrée change un peu (le rouge l’augmente, le bleu le diminue).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="43"/>
        <source>The gradient times the input: what each input value contributes, to first order.</source>
        <translation>Le gradient multiplié par l’entrée : ce que chaque valeur d’entrée apporte, au premier ordre.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="45"/>
        <source>The gradient averaged over noisy copies of the sample: less speckle than the plain gradient.</source>
        <translation>Le gradient moyenné sur des copies bruitées de l’échantillon : moins moucheté que le gradient seul.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="47"/>
        <source>Gradients summed along the path from a baseline to the sample; the parts add up to the score change.</source>
        <translation>Gradients sommés le long du chemin d’une référence à l’échantillon ; les parts s’additionnent pour donner la variation du score.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="50"/>
        <source>Which places of a convolution layer&apos;s feature maps drive the class score.</source>
        <translation>Quels endroits des cartes de caractéristiques d’une couche de convolution font monter le score de la classe.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="52"/>
        <source>How much the score drops when a square of the image is covered.</source>
        <translation>De combien le score baisse quand un carré de l’image est masqué.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="54"/>
        <source>A simple local model fitted to the network&apos;s answers when parts of the input are switched off.</source>
        <translation>Un modèle local simple ajusté aux réponses du réseau quand des parties de l’entrée sont éteintes.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="56"/>
        <source>Shapley values: each part&apos;s fair share of the score change from the baseline.</source>
        <translation>Valeurs de Shapley : la juste part de chaque partie dans la variation du score depuis la référence.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="58"/>
        <source>What a layer outputs for this sample.</source>
        <translation>Ce qu’une couche produit pour cet échantillon.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="60"/>
        <source>A layer&apos;s outputs over many samples, reduced to two dimensions.</source>
        <translation>Les sorties d’une couche sur de nombreux échantillons, réduites à deux dimensions.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="62"/>
        <source>How each step of a sequence spreads its attention over the steps, per head.</source>
        <translation>Comment chaque pas d&apos;une séquence répartit son attention sur les pas, par tête.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="64"/>
        <source>Attention followed through every layer, with the residual connections.</source>
        <translation>L&apos;attention suivie à travers toutes les couches, avec les connexions résiduelles.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="73"/>
        <source>Zeros</source>
        <translation>Zéros</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="75"/>
        <source>Mean of the training data</source>
        <translation>Moyenne des données d’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="77"/>
        <source>Blurred sample</source>
        <translation>Échantillon flouté</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="91"/>
        <source>the %1 baseline</source>
        <translation>la référence %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="95"/>
        <source>The network has not been compiled.</source>
        <translation>Le réseau n&apos;a pas été compilé.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="97"/>
        <source>Explanations need a network with exactly one input.</source>
        <translation>Les explications demandent un réseau à une seule entrée.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="99"/>
        <source>The network expects samples of %1, but this one is %2.</source>
        <translation>Le réseau attend des exemples de %1, mais celui-ci est %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="101"/>
        <source>The network expects samples of %1, but these are %2.</source>
        <translation>Le réseau attend des exemples de %1, mais ceux-ci sont %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="103"/>
        <source>The sample holds NaN or infinite values.</source>
        <translation>L&apos;exemple contient des valeurs NaN ou infinies.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="105"/>
        <source>%1 gave NaN or infinite values: the network&apos;s outputs are not finite for this sample.</source>
        <translation>%1 a donné des valeurs NaN ou infinies : les sorties du réseau ne sont pas finies pour cet exemple.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="107"/>
        <source>Class %1 does not exist: the network&apos;s outputs are numbered 0 to %2.</source>
        <translation>La classe %1 n&apos;existe pas : les sorties du réseau sont numérotées de 0 à %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="109"/>
        <source>%1 needs a layer: choose one.</source>
        <translation>%1 a besoin d&apos;une couche : choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="111"/>
        <source>The network has no layer named “%1”.</source>
        <translation>Le réseau n&apos;a pas de couche nommée « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="113"/>
        <source>Grad-CAM needs a layer with a channels x height x width output, but “%1” gives %2: choose a convolution or pooling layer.</source>
        <translation>Grad-CAM a besoin d&apos;une couche dont la sortie est canaux x hauteur x largeur, mais « %1 » donne %2 : choisissez une couche de convolution ou de pooling.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="117"/>
        <source>“%1” is not a multi-head attention layer.</source>
        <translation>« %1 » n&apos;est pas une couche d&apos;attention multi-têtes.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="119"/>
        <source>The network has no multi-head attention layer.</source>
        <translation>Le réseau n&apos;a pas de couche d&apos;attention multi-têtes.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="121"/>
        <source>Attention layers of different lengths cannot be rolled out together.</source>
        <translation>Des couches d&apos;attention de longueurs différentes ne peuvent pas être combinées en un rollout.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="124"/>
        <source>A projection needs at least two samples.</source>
        <translation>Une projection demande au moins deux exemples.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="126"/>
        <source>The mean baseline needs the training split&apos;s mean sample: load the project&apos;s data, or choose the zeros baseline.</source>
        <translation>La référence moyenne demande l&apos;exemple moyen de l&apos;ensemble d&apos;entraînement : chargez les données du projet ou choisissez la référence zéros.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="129"/>
        <source>%1 needs an image input (channels x height x width), but the input is %2.</source>
        <translation>%1 demande une entrée image (canaux x hauteur x largeur), mais l&apos;entrée est %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="131"/>
        <source>The occlusion window must be between 1 and %1 pixels, not %2.</source>
        <translation>La fenêtre d&apos;occlusion doit mesurer entre 1 et %1 pixels, pas %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="133"/>
        <source>The occlusion stride must be at least 1, not %1.</source>
        <translation>Le pas de l&apos;occlusion doit être d&apos;au moins 1, pas %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="135"/>
        <source>Integrated Gradients needs at least 1 step, not %1.</source>
        <translation>Integrated Gradients demande au moins 1 pas, pas %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="137"/>
        <source>%1 needs at least 2 samples, not %2.</source>
        <translation>%1 demande au moins 2 échantillons, pas %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="139"/>
        <source>The number of superpixels must be at least 1, not %1.</source>
        <translation>Le nombre de superpixels doit être d&apos;au moins 1, pas %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="141"/>
        <source>SmoothGrad&apos;s noise must be zero or more, not %1.</source>
        <translation>Le bruit de SmoothGrad doit être nul ou positif, pas %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="143"/>
        <source>The explanation failed.</source>
        <translation>L&apos;explication a échoué.</translation>
    </message>
</context>
<context>
    <name>nw::ExportMenu</name>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="31"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="32"/>
        <source>&amp;Weights (.safetensors)…</source>
        <translation>&amp;Poids (.safetensors)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="34"/>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="36"/>
        <source>&amp;PyTorch Project…</source>
        <translation>Projet &amp;PyTorch…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="38"/>
        <source>Graph as &amp;Image (.png)…</source>
        <translation>Graphe en &amp;image (.png)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="50"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="65"/>
        <source>The network is empty.</source>
        <translation>Le réseau est vide.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="80"/>
        <source>%1: the image could not be written</source>
        <translation>%1 : l’image n’a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="88"/>
        <source>weights.nwproj</source>
        <translation>poids.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="90"/>
        <source>Export Weights</source>
        <translation>Exporter les poids</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="91"/>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Poids safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="94"/>
        <source>Cannot export the weights</source>
        <translation>Impossible d’exporter les poids</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="107"/>
        <location filename="../app/gui/ExportMenu.cpp" line="165"/>
        <source>network.nwproj</source>
        <translation>reseau.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>Export ONNX Model</source>
        <translation>Exporter un modèle ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="117"/>
        <source>Cannot export the ONNX model</source>
        <translation>Impossible d’exporter le modèle ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="119"/>
        <source>Exported the ONNX model %1</source>
        <translation>Modèle ONNX %1 exporté</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="144"/>
        <source>Export PyTorch Project into a Folder</source>
        <translation>Exporter le projet PyTorch dans un dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="153"/>
        <source>Cannot export the PyTorch project</source>
        <translation>Impossible d’exporter le projet PyTorch</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="155"/>
        <source>Exported the PyTorch project to %1</source>
        <translation>Projet PyTorch exporté dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="157"/>
        <source>Exported the PyTorch project to %1 without data/: the dataset could not be read</source>
        <translation>Projet PyTorch exporté dans %1 sans data/ : le jeu de données n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>Export Graph Image</source>
        <translation>Exporter l’image du graphe</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="172"/>
        <source>Cannot export the image</source>
        <translation>Impossible d’exporter l’image</translation>
    </message>
</context>
<context>
    <name>nw::FeatureContributionBars</name>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="53"/>
        <source>%n other features</source>
        <translation>
            <numerusform>%n autre caractéristique</numerusform>
            <numerusform>%n autres caractéristiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="54"/>
        <source>feature %1</source>
        <translation>caractéristique %1</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapGrid</name>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="153"/>
        <source>Unit %1: %2</source>
        <translation>Unité %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="159"/>
        <source>Channel %1: largest value %2</source>
        <translation>Canal %1 : plus grande valeur %2</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapsPage</name>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="23"/>
        <source>The layer whose output is shown.</source>
        <translation>La couche dont la sortie est affichée.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="33"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="41"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Ouvrez un échantillon pour voir ce que chaque couche en fait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="79"/>
        <source>%1 for %2: %n channels of %3×%4, one colour scale for all.</source>
        <translation>
            <numerusform>%1 pour %2 : %n canal de %3×%4, une échelle de couleurs pour tous.</numerusform>
            <numerusform>%1 pour %2 : %n canaux de %3×%4, une échelle de couleurs pour tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="84"/>
        <source>%1 for %2: %n values.</source>
        <translation>
            <numerusform>%1 pour %2 : %n valeur.</numerusform>
            <numerusform>%1 pour %2 : %n valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="86"/>
        <source>The first %1 are shown.</source>
        <translation>Les %1 premiers sont affichés.</translation>
    </message>
</context>
<context>
    <name>nw::GraphEditorWidget</name>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="53"/>
        <source>The lesson keeps the network&apos;s connections as they are.</source>
        <translation>La leçon garde les connexions du réseau telles quelles.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="58"/>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="72"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="73"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="98"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="100"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="198"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="101"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="102"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="104"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="105"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="107"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="108"/>
        <source>Show the whole network</source>
        <translation>Afficher tout le réseau</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="109"/>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="110"/>
        <source>Lay the network out from left to right</source>
        <translation>Disposer le réseau de gauche à droite</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="112"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="113"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="117"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="118"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="119"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="120"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
</context>
<context>
    <name>nw::GraphView</name>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>1 layer</source>
        <translation>1 couche</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>%1 layers</source>
        <translation>%1 couches</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="65"/>
        <source>%1 parameters</source>
        <translation>%1 paramètres</translation>
    </message>
</context>
<context>
    <name>nw::HelpMenu</name>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="19"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="20"/>
        <source>&amp;Layer Reference</source>
        <translation>&amp;Référence des couches</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="26"/>
        <source>&amp;About Netwright</source>
        <translation>À &amp;propos de Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="57"/>
        <source>About Netwright</source>
        <translation>À propos de Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="58"/>
        <source>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;A workbench for building, training and inspecting neural networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;Un atelier pour construire, entraîner et inspecter des réseaux de neurones.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 et Eigen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nw::ImportWeightsDialog</name>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="30"/>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="31"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="33"/>
        <source>shape mismatch: %1 vs %2</source>
        <translation>formes différentes : %1 contre %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="47"/>
        <source>Import Weights</source>
        <translation>Importer des poids</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="49"/>
        <source>Weights from &lt;b&gt;%1&lt;/b&gt;, matched to this network by node id. Only the nodes marked loaded change; the others keep their weights.</source>
        <translation>Poids de &lt;b&gt;%1&lt;/b&gt;, associés à ce réseau par identifiant de nœud. Seuls les nœuds marqués chargés changent ; les autres gardent leurs poids.</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="65"/>
        <source>The file has no tensor %1.%2</source>
        <translation>Le fichier n&apos;a pas de tenseur %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="68"/>
        <source>%1 is %2 in the file but %3 in this network</source>
        <translation>%1 vaut %2 dans le fichier mais %3 dans ce réseau</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="77"/>
        <source>%1 loaded, %2 skipped, %3 with another shape</source>
        <translation>%1 chargés, %2 ignorés, %3 de forme différente</translation>
    </message>
</context>
<context>
    <name>nw::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="41"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>nw::LatentScatter</name>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="124"/>
        <source>%1, unit 1</source>
        <translation>%1, unité 1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="129"/>
        <source>%1, unit 2</source>
        <translation>%1, unité 2</translation>
    </message>
</context>
<context>
    <name>nw::LayerPalette</name>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="45"/>
        <source>Search layers</source>
        <translation>Rechercher des couches</translation>
    </message>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="82"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
</context>
<context>
    <name>nw::LayerReferenceDialog</name>
    <message>
        <location filename="../app/gui/LayerReferenceDialog.cpp" line="16"/>
        <source>Layer Reference</source>
        <translation>Référence des couches</translation>
    </message>
</context>
<context>
    <name>nw::LessonController</name>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="52"/>
        <source>The lesson could not measure the test accuracy: %1</source>
        <translation>La leçon n’a pas pu mesurer la précision de test : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="67"/>
        <source>Stop training before opening a lesson.</source>
        <translation>Arrêtez l’entraînement avant d’ouvrir une leçon.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="99"/>
        <source>Opened the lesson “%1”.</source>
        <translation>Leçon « %1 » ouverte.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="114"/>
        <source>Closed the lesson; nothing is locked now.</source>
        <translation>Leçon fermée ; plus rien n’est verrouillé.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="125"/>
        <source>Stop training before going to a step that opens another network.</source>
        <translation>Arrêtez l’entraînement avant de passer à une étape qui ouvre un autre réseau.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="235"/>
        <source>the network has problems</source>
        <translation>le réseau a des problèmes</translation>
    </message>
</context>
<context>
    <name>nw::LessonDock</name>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="18"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="21"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="22"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="40"/>
        <source>Close Lesson</source>
        <translation>Fermer la leçon</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="42"/>
        <source>Leave the lesson: every lock is lifted and the network stays as it is</source>
        <translation>Quitter la leçon : tous les verrous sont levés et le réseau reste tel quel</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="81"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Not reached yet</source>
        <translation>Pas encore atteint</translation>
    </message>
</context>
<context>
    <name>nw::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>Step Through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Compress</source>
        <translation>Compresser</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="309"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Open &amp;Lesson</source>
        <translation>Ouvrir une &amp;leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>From a &amp;File…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Open a lesson (*.nwlesson): steps to read, goals to reach, settings the teacher locked</source>
        <translation>Ouvrir une leçon (*.nwlesson) : des étapes à lire, des objectifs à atteindre, des réglages verrouillés par l’enseignant</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Open &amp;Example</source>
        <translation>Ouvrir un exe&amp;mple</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Example &amp;Gallery…</source>
        <translation>&amp;Galerie d’exemples…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="341"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="350"/>
        <source>Save as &amp;Lesson…</source>
        <translation>Enregistrer comme &amp;leçon…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="351"/>
        <source>Make a lesson of this project: steps to read, locks and goals (*.nwlesson)</source>
        <translation>Faire une leçon de ce projet : étapes, verrous et objectifs (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>&amp;ONNX Model…</source>
        <translation>Modèle &amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="360"/>
        <source>Import &amp;Weights…</source>
        <translation>Importer des &amp;poids…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Start from another network&apos;s weights: a project or a .safetensors file, matched node by node</source>
        <translation>Partir des poids d&apos;un autre réseau : un projet ou un fichier .safetensors, associés nœud par nœud</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="374"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="394"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="416"/>
        <source>&amp;Train</source>
        <translation>En&amp;traîner</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="448"/>
        <source>Training ended: %1</source>
        <translation>Entraînement terminé : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Training failed.</source>
        <translation>L’entraînement a échoué.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="454"/>
        <source>Training failed</source>
        <translation>L’entraînement a échoué</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>%1[*] — Netwright</source>
        <translation>%1[*] — Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="565"/>
        <source>Save as Lesson</source>
        <translation>Enregistrer comme leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="566"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Leçons Netwright (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="571"/>
        <source>Saved the lesson %1</source>
        <translation>Leçon %1 enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="574"/>
        <source>Cannot save the lesson</source>
        <translation>Impossible d’enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>Restart Netwright</source>
        <translation>Redémarrer Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>The new language applies when Netwright starts again. Restart now?</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Netwright. Redémarrer maintenant ?</translation>
    </message>
</context>
<context>
    <name>nw::MatrixHeatmap</name>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="23"/>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="24"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="180"/>
        <source>%1 %2 “%3”, %4 %5 “%6”: %7</source>
        <extracomment>Hover text of a heatmap cell: &quot;query 3 “a”, key 5 “b”: 0.2310&quot; (axis name, number, token; twice; the value)</extracomment>
        <translation>%1 %2 « %3 », %4 %5 « %6 » : %7</translation>
    </message>
</context>
<context>
    <name>nw::NetworkGraphModel</name>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="95"/>
        <location filename="../core/model/NetworkGraphModel.cpp" line="97"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>il n’y a pas de nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="99"/>
        <source>a node cannot feed its own input</source>
        <translation>un nœud ne peut pas alimenter sa propre entrée</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="101"/>
        <source>there is no input port %1</source>
        <translation>il n’y a pas de port d’entrée %1</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="105"/>
        <source>%1 &apos;%2&apos; takes no inputs</source>
        <translation>%1 « %2 » n’accepte pas d’entrées</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="108"/>
        <source>%1 &apos;%2&apos; has a single input port</source>
        <translation>%1 « %2 » n’a qu’un seul port d’entrée</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="109"/>
        <source>%1 &apos;%2&apos; has input ports 0 to %3, not %4</source>
        <translation>%1 « %2 » a les ports d’entrée 0 à %3, pas %4</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="113"/>
        <source>input %1 of &apos;%2&apos; is already connected to &apos;%3&apos;</source>
        <translation>l’entrée %1 de « %2 » est déjà connectée à « %3 »</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsHover</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="73"/>
        <source>%1: what each unit outputs over the plane</source>
        <translation>%1 : ce que chaque unité produit sur le plan</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="75"/>
        <source>Train the network to see what each unit of this layer responds to.</source>
        <translation>Entraînez le réseau pour voir à quoi réagit chaque unité de cette couche.</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsPopup</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="39"/>
        <source>The first %1 of %2 units. Orange: negative, blue: positive.</source>
        <translation>Les %1 premières unités sur %2. Orange : négatif, bleu : positif.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="40"/>
        <source>Orange: negative, blue: positive.</source>
        <translation>Orange : négatif, bleu : positif.</translation>
    </message>
</context>
<context>
    <name>nw::NodeInspector</name>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="69"/>
        <source>Select a layer to see and edit its parameters.</source>
        <translation>Sélectionnez une couche pour voir et modifier ses paramètres.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="75"/>
        <source>Trainable</source>
        <translation>Entraînable</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="101"/>
        <source>L1 penalty on this layer&apos;s weights: pushes small weights to exactly zero</source>
        <translation>Pénalité L1 sur les poids de cette couche : pousse les petits poids exactement à zéro</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="102"/>
        <source>L2 penalty (weight decay) on this layer&apos;s weights: keeps weights small</source>
        <translation>Pénalité L2 (décroissance des poids) sur les poids de cette couche : garde les poids petits</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="103"/>
        <source>Untick to freeze this layer&apos;s weights during training</source>
        <translation>Décochez pour geler les poids de cette couche pendant l’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="105"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="108"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="109"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="111"/>
        <source>Compiled</source>
        <translation>Compilé</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="113"/>
        <source>Output shape</source>
        <translation>Forme de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="114"/>
        <location filename="../widgets/graph/NodeInspector.cpp" line="123"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="115"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="117"/>
        <source>Imported: from File &gt; Import Weights; trained: by a run or from the project&apos;s weights file; initial: drawn from the seed. Start keeps imported and trained weights.</source>
        <translation>Importés : par Fichier &gt; Importer des poids ; entraînés : par un entraînement ou depuis le fichier de poids du projet ; initiaux : tirés de la graine. Démarrer garde les poids importés et entraînés.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="211"/>
        <source>This layer type is unknown to this version of Netwright.</source>
        <translation>Ce type de couche est inconnu de cette version de Netwright.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="223"/>
        <source>This layer has no parameters.</source>
        <translation>Cette couche n’a pas de paramètres.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="276"/>
        <source>e.g. 1x28x28</source>
        <translation>par ex. 1x28x28</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="338"/>
        <source>not compiled yet</source>
        <translation>pas encore compilé</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="343"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="357"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="359"/>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="360"/>
        <source>trained</source>
        <translation>entraînés</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="363"/>
        <source>initial (from the seed)</source>
        <translation>initiaux (tirés de la graine)</translation>
    </message>
</context>
<context>
    <name>nw::NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="74"/>
        <source>no %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="124"/>
        <source>frozen</source>
        <translation>gelée</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="145"/>
        <source>%1 params</source>
        <translation>%1 param.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="167"/>
        <source>%1 · output</source>
        <translation>%1 · sortie</translation>
    </message>
</context>
<context>
    <name>nw::PathEdit</name>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>nw::PrecisionRecallPanel</name>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="73"/>
        <source>Macro average precision %1</source>
        <translation>Précision moyenne macro %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="89"/>
        <source>Precision-recall curves are for classifiers with at least two classes.</source>
        <translation>Les courbes précision-rappel concernent les classifieurs d’au moins deux classes.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="90"/>
        <source>Evaluate the trained model to see its precision-recall curves.</source>
        <translation>Évaluez le modèle entraîné pour voir ses courbes précision-rappel.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="99"/>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="102"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="105"/>
        <source>Micro average (AP %1)</source>
        <translation>Moyenne micro (AP %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="108"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="109"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="140"/>
        <source>none (recall 0)</source>
        <translation>aucun (rappel 0)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="142"/>
        <source>%1
Threshold: %2
Precision: %3
Recall: %4</source>
        <translation>%1
Seuil : %2
Précision : %3
Rappel : %4</translation>
    </message>
</context>
<context>
    <name>nw::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="19"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="26"/>
        <source>A new language applies when Netwright starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Netwright.</translation>
    </message>
</context>
<context>
    <name>nw::PresentationMode</name>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="18"/>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="19"/>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>&amp;Couleurs adaptées aux daltoniens</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="25"/>
        <source>Larger text, thicker lines, high-contrast colours and only the main views: for a projector</source>
        <translation>Texte plus grand, traits plus épais, couleurs contrastées et seulement les vues principales : pour un vidéoprojecteur</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="32"/>
        <source>Class colours that stay distinct with red-green or blue-yellow colour blindness (Okabe-Ito)</source>
        <translation>Des couleurs de classe qui restent distinctes en cas de daltonisme rouge-vert ou bleu-jaune (Okabe-Ito)</translation>
    </message>
</context>
<context>
    <name>nw::ProblemsPanel</name>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="51"/>
        <source>Click to show &apos;%1&apos; in the editor</source>
        <translation>Cliquer pour afficher « %1 » dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No problems: every shape fits.</source>
        <translation>Aucun problème : toutes les formes concordent.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No network open.</source>
        <translation>Aucun réseau ouvert.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionPage</name>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="17"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="22"/>
        <source>The layer whose outputs are projected.</source>
        <translation>La couche dont les sorties sont projetées.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="23"/>
        <source>Project the layer again with the current weights.</source>
        <translation>Projeter à nouveau la couche avec les poids actuels.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="26"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="45"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Où se trouvent les échantillons de test dans l’espace d’une couche cachée : chaque groupe est ce que la couche rassemble.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionScatter</name>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="169"/>
        <source>PC 1 (%1% of the variance)</source>
        <translation>CP 1 (%1 % de la variance)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="174"/>
        <source>PC 2 (%1% of the variance)</source>
        <translation>CP 2 (%1 % de la variance)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="231"/>
        <source>wrong (%1)</source>
        <translation>erronée (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="249"/>
        <source>True: %1</source>
        <translation>Réelle : %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="251"/>
        <source>Predicted: %1</source>
        <translation>Prédite : %1</translation>
    </message>
</context>
<context>
    <name>nw::RecentFiles</name>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="75"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="79"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionGallery</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="117"/>
        <source>Evaluate an autoencoder (data with task=reconstruction) to see its inputs beside its reconstructions.</source>
        <translation>Évaluez un auto-encodeur (données avec task=reconstruction) pour voir ses entrées à côté de leurs reconstructions.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="139"/>
        <source>#%1 · error %2
sample %3</source>
        <translation>#%1 · erreur %2
échantillon %3</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionPanel</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="30"/>
        <source>◀ Worse</source>
        <translation>◀ Moins bons</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="31"/>
        <source>Better ▶</source>
        <translation>Meilleurs ▶</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="41"/>
        <source>The previous page: samples reconstructed worse</source>
        <translation>La page précédente : échantillons moins bien reconstruits</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="42"/>
        <source>The next page: samples reconstructed better</source>
        <translation>La page suivante : échantillons mieux reconstruits</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="49"/>
        <source>Click anywhere on the latent space: the decoder turns that point into an image.</source>
        <translation>Cliquez n&apos;importe où dans l&apos;espace latent : le décodeur transforme ce point en image.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="50"/>
        <source>Each evaluated sample at its 2-unit bottleneck code, coloured by class. Click to decode a point.</source>
        <translation>Chaque échantillon évalué à son code dans le goulot de 2 unités, coloré par classe. Cliquez pour décoder un point.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="111"/>
        <source>The latent space is drawn for a chain of layers with a bottleneck: a layer narrower than both the input and the output.</source>
        <translation>L’espace latent est dessiné pour une chaîne de couches avec un goulot : une couche plus étroite que l’entrée et la sortie.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="115"/>
        <source>The latent space is drawn for a bottleneck of 2 units. This network&apos;s narrowest layer, &apos;%1&apos;, holds %2 values.</source>
        <translation>L&apos;espace latent est dessiné pour un goulot de 2 unités. La couche la plus étroite de ce réseau, &apos;%1&apos;, contient %2 valeurs.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="127"/>
        <source>Evaluate to see how well the network gives its inputs back.</source>
        <translation>Évaluez pour voir dans quelle mesure le réseau restitue ses entrées.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="130"/>
        <source>This data is not reconstruction data: set task=reconstruction in the dataset spec to train an autoencoder.</source>
        <translation>Ces données ne sont pas des données de reconstruction : ajoutez task=reconstruction à la spécification du jeu de données pour entraîner un auto-encodeur.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="135"/>
        <source>Reconstruction error (mean squared error per value): mean %1, worst %2, best %3; samples: %4.</source>
        <translation>Erreur de reconstruction (erreur quadratique moyenne par valeur) : moyenne %1, pire %2, meilleure %3 ; échantillons : %4.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="141"/>
        <source>Denoising: each cell shows the noisy input (std %1), the reconstruction and the clean target.</source>
        <translation>Débruitage : chaque case montre l&apos;entrée bruitée (écart-type %1), la reconstruction et la cible propre.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="144"/>
        <source>Each cell shows the input and its reconstruction.</source>
        <translation>Chaque case montre l&apos;entrée et sa reconstruction.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="153"/>
        <source>Page %1 of %2, worst first</source>
        <translation>Page %1 sur %2, les pires d&apos;abord</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="202"/>
        <source>The decoder&apos;s image for the point (%1, %2) of the latent space.</source>
        <translation>L&apos;image du décodeur pour le point (%1, %2) de l&apos;espace latent.</translation>
    </message>
</context>
<context>
    <name>nw::RecurrentPage</name>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="44"/>
        <source>Input gate i</source>
        <translation>Porte d’entrée i</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="46"/>
        <source>Forget gate f</source>
        <translation>Porte d’oubli f</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="48"/>
        <source>Cell candidate g</source>
        <translation>Candidat de cellule g</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="50"/>
        <source>Output gate o</source>
        <translation>Porte de sortie o</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="53"/>
        <source>Reset gate r</source>
        <translation>Porte de réinitialisation r</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="55"/>
        <source>Update gate z</source>
        <translation>Porte de mise à jour z</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="57"/>
        <source>Candidate n</source>
        <translation>Candidat n</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="73"/>
        <source>The recurrent layer whose states are shown</source>
        <translation>La couche récurrente dont les états sont affichés</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="75"/>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="87"/>
        <source>Rows are units, columns the sample&apos;s steps: blue below zero, red above. Hover a cell for its value.</source>
        <translation>Les lignes sont les unités, les colonnes les pas de l’exemple : bleu sous zéro, rouge au-dessus. Survolez une cellule pour voir sa valeur.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="96"/>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="175"/>
        <source>Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step.</source>
        <translation>Ouvrez un exemple d’un réseau avec des couches SimpleRNN, LSTM ou GRU pour voir ses états pas à pas.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="174"/>
        <source>This network has no recurrent layer.</source>
        <translation>Ce réseau n’a pas de couche récurrente.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="199"/>
        <source>Hidden state h of %1 (%2): units x steps</source>
        <translation>État caché h de %1 (%2) : unités x pas</translation>
    </message>
</context>
<context>
    <name>nw::RocPanel</name>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="78"/>
        <source>Samples whose probability of the positive class reaches the threshold are predicted positive.</source>
        <translation>Les échantillons dont la probabilité de la classe positive atteint le seuil sont prédits positifs.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="131"/>
        <source>ROC curves are for classifiers with at least two classes.</source>
        <translation>Les courbes ROC concernent les classifieurs d’au moins deux classes.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="132"/>
        <source>Evaluate the trained model to see its ROC curves.</source>
        <translation>Évaluez le modèle entraîné pour voir ses courbes ROC.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="140"/>
        <source>%1 vs %2 (AUC %3)</source>
        <translation>%1 contre %2 (AUC %3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="144"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="146"/>
        <source>Micro average (AUC %1)</source>
        <translation>Moyenne micro (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="148"/>
        <source>Macro average (AUC %1)</source>
        <translation>Moyenne macro (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="172"/>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="173"/>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="178"/>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="207"/>
        <source>Operating point</source>
        <translation>Point de fonctionnement</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="225"/>
        <source>averaged, no single threshold</source>
        <translation>moyennée, pas de seuil unique</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="228"/>
        <source>above every score</source>
        <translation>au-dessus de tout score</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="230"/>
        <source>%1
Threshold: %2
TPR: %3
FPR: %4</source>
        <translation>%1
Seuil : %2
TPR : %3
FPR : %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="267"/>
        <source>Threshold on P(%1): %2 — TPR %3, FPR %4</source>
        <translation>Seuil sur P(%1) : %2 — TPR %3, FPR %4</translation>
    </message>
</context>
<context>
    <name>nw::RunTimeline</name>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="16"/>
        <source>Branch from Here</source>
        <translation>Bifurquer d’ici</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="23"/>
        <source>Rewind the model to an epoch of this run: the boundary, the evaluation and the explanations show it as it was then</source>
        <translation>Rembobiner le modèle à une époque de cette exécution : la frontière, l’évaluation et les explications le montrent tel qu’il était alors</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="30"/>
        <source>Start a new run from the weights of the epoch shown, with the settings as they are now; it is kept as a branch of this run</source>
        <translation>Lancer une nouvelle exécution depuis les poids de l’époque affichée, avec les réglages actuels ; elle est gardée comme branche de cette exécution</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="90"/>
        <source>%1: epoch %2 (its end)</source>
        <translation>%1 : époque %2 (sa fin)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="91"/>
        <source>%1: rewound to epoch %2 of %3</source>
        <translation>%1 : rembobinée à l’époque %2 sur %3</translation>
    </message>
</context>
<context>
    <name>nw::RunsController</name>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="137"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="145"/>
        <location filename="../app/gui/RunsController.cpp" line="222"/>
        <source>The run could not be kept in runs/: %1</source>
        <translation>L’exécution n’a pas pu être gardée dans runs/ : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="211"/>
        <source>A run could not be read: %1</source>
        <translation>Une exécution n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="233"/>
        <source>Epoch %1 of this run was not kept.</source>
        <translation>L’époque %1 de cette exécution n’a pas été gardée.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="238"/>
        <source>The model cannot be rewound while training runs.</source>
        <translation>Le modèle ne peut pas être rembobiné pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="246"/>
        <source>The model is as %1 left it at epoch %2.</source>
        <translation>Le modèle est tel que %1 l’a laissé à l’époque %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="270"/>
        <source>A run needs a name.</source>
        <translation>Une exécution a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="295"/>
        <source>Kept epochs for rewinding: %1 (at most %2 per run, %3 in all).</source>
        <translation>Époques gardées pour rembobiner : %1 (au plus %2 par exécution, %3 en tout).</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="309"/>
        <source>%1&apos;s epochs were let go to keep memory bounded (newer runs keep theirs): only its final weights are kept, in runs/.</source>
        <translation>Les époques de %1 ont été libérées pour borner la mémoire (les exécutions plus récentes gardent les leurs) : seuls ses poids finaux sont gardés, dans runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="312"/>
        <source>%1 was trained before the project was opened: only its final weights are kept, in runs/.</source>
        <translation>%1 a été entraînée avant l’ouverture du projet : seuls ses poids finaux sont gardés, dans runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="314"/>
        <source>Train the network: every run is kept, and this timeline rewinds it epoch by epoch.</source>
        <translation>Entraînez le réseau : chaque exécution est gardée, et cette frise la rembobine époque par époque.</translation>
    </message>
</context>
<context>
    <name>nw::RunsPanel</name>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Val. acc.</source>
        <translation>Préc. val.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Test acc.</source>
        <translation>Préc. test</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="68"/>
        <source>Overlay this run&apos;s curves on the charts</source>
        <translation>Superposer les courbes de cette exécution aux graphiques</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="69"/>
        <source>The run and epoch this run continued from</source>
        <translation>L’exécution et l’époque dont cette exécution est partie</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="122"/>
        <source>%1 (double-click to rename)</source>
        <translation>%1 (double-clic pour renommer)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="123"/>
        <source>Not saved yet: kept in runs/ beside the project when it is saved.</source>
        <translation>Pas encore enregistrée : gardée dans runs/ à côté du projet quand il est enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="126"/>
        <source>%1, epoch %2</source>
        <translation>%1, époque %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="138"/>
        <source>No runs yet. Every training run is kept here with its settings and curves; tick Show to overlay runs on the charts, select two to compare them.</source>
        <translation>Pas encore d’exécution. Chaque exécution d’entraînement est gardée ici avec ses réglages et ses courbes ; cochez Afficher pour les superposer aux graphiques, sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="140"/>
        <source>%1 runs. Tick Show to overlay a run&apos;s curves; select two runs to compare them. %2</source>
        <translation>%1 exécutions. Cochez Afficher pour superposer leurs courbes ; sélectionnez-en deux pour les comparer. %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="170"/>
        <source>Select two runs to see the settings and figures in which they differ.</source>
        <translation>Sélectionnez deux exécutions pour voir les réglages et chiffres qui les distinguent.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="172"/>
        <location filename="../widgets/panels/RunsPanel.cpp" line="183"/>
        <source>Setting or figure</source>
        <translation>Réglage ou chiffre</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="180"/>
        <source>%1 and %2 ran with the same settings and ended alike.</source>
        <translation>%1 et %2 ont tourné avec les mêmes réglages et ont fini de même.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="182"/>
        <source>Where %1 and %2 differ:</source>
        <translation>Ce qui distingue %1 et %2 :</translation>
    </message>
</context>
<context>
    <name>nw::SampleGallery</name>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="45"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>Cliquez sur une case de la matrice pour voir ses échantillons.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="78"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="79"/>
        <source>loss %1</source>
        <translation>perte %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="89"/>
        <source>Sample %1</source>
        <translation>Échantillon %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="91"/>
        <source> (%1, #%2)</source>
        <translation> (%1, n° %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="94"/>
        <source>True %1, predicted %2 (%3)</source>
        <translation>Réelle %1, prédite %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="96"/>
        <source>Loss %1</source>
        <translation>Perte %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/SampleGallery.cpp" line="100"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n échantillon</numerusform>
            <numerusform>%n échantillons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="102"/>
        <source>, the %1 most confident shown</source>
        <translation>, les %1 plus sûrs affichés</translation>
    </message>
</context>
<context>
    <name>nw::SampleInspector</name>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="33"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="34"/>
        <source>Why the network predicts what it does for this sample: open it in the Explain dock.</source>
        <translation>Pourquoi le réseau prédit ce qu’il prédit pour cet échantillon : l’ouvrir dans le panneau Expliquer.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Feature</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="71"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="84"/>
        <source>Click a sample in a gallery, a confusion cell or the decision boundary to inspect it.</source>
        <translation>Cliquez sur un exemple dans une galerie, une case de la matrice de confusion ou la frontière de décision pour l’examiner.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="120"/>
        <source>Sample %1 was not part of this evaluation.</source>
        <translation>L’échantillon %1 ne faisait pas partie de cette évaluation.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="130"/>
        <source>Sample %1 of the %2 split</source>
        <translation>Échantillon %1 de la partie %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="132"/>
        <source> — %1, #%2</source>
        <translation> — %1, n° %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="151"/>
        <source>The sample&apos;s tokens and the ids the network sees, padding left out.</source>
        <translation>Les jetons de l’échantillon et les ids que voit le réseau, sans le remplissage.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="170"/>
        <source>Values as the network sees them (tabular data is standardised).</source>
        <translation>Valeurs telles que le réseau les voit (les données tabulaires sont standardisées).</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="179"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;correct&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2a7a2a&apos;&gt;juste&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="180"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;wrong&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;faux&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="181"/>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Loss on this sample: %5</source>
        <translation>Classe réelle : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Prédite : &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Perte sur cet échantillon : %5</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="194"/>
        <source>Every position is classified; the bars show position 1.&lt;br&gt;True: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 of %4 positions right</source>
        <translation>Chaque position est classée ; les barres montrent la position 1.&lt;br&gt;Vrai : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Prédit : &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 positions justes sur %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="215"/>
        <source>Predicted: %1&lt;br&gt;Loss on this sample (squared error): %2</source>
        <translation>Prédit : %1&lt;br&gt;Perte sur cet échantillon (erreur quadratique) : %2</translation>
    </message>
</context>
<context>
    <name>nw::SampleTableModel</name>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="38"/>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>tokens (id)</source>
        <translation>jetons (id)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <source>class per position</source>
        <translation>classe par position</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>nw::SaveLessonDialog</name>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="43"/>
        <source>Hide the layer palette</source>
        <translation>Masquer la palette des couches</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="44"/>
        <source>Lock the network (no layer added, removed or reconnected)</source>
        <translation>Verrouiller le réseau (aucune couche ajoutée, supprimée ou reconnectée)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="46"/>
        <source>Only these training settings may change:</source>
        <translation>Seuls ces réglages d’entraînement peuvent changer :</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="50"/>
        <source>Save as Lesson</source>
        <translation>Enregistrer comme leçon</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="54"/>
        <source>## First step
What to read and do…

## Second step
…</source>
        <translation>## Première étape
Ce qu’il faut lire et faire…

## Deuxième étape
…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="56"/>
        <source>layer settings that stay editable, e.g. units, rate</source>
        <translation>réglages de couche qui restent modifiables, p. ex. units, rate</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="70"/>
        <source>Read a Markdown File…</source>
        <translation>Lire un fichier Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="72"/>
        <source>Add Goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="75"/>
        <source>Remove Goal</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="78"/>
        <source>Steps (each &quot;## Title&quot; starts one)</source>
        <translation>Étapes (chaque « ## Titre » en commence une)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="82"/>
        <source>Locks</source>
        <translation>Verrous</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="89"/>
        <source>Goals the program checks</source>
        <translation>Objectifs que le programme vérifie</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="108"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Read a Markdown File</source>
        <translation>Lire un fichier Markdown</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="135"/>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="188"/>
        <source>Accuracies as fractions: 0.95 is 95%</source>
        <translation>Précisions en fractions : 0.95 vaut 95 %</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="231"/>
        <source>Write the lesson&apos;s text first: each step starts with a line &quot;## Title&quot;.</source>
        <translation>Écrivez d’abord le texte de la leçon : chaque étape commence par une ligne « ## Titre ».</translation>
    </message>
</context>
<context>
    <name>nw::SparsityChart</name>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="39"/>
        <source>Pruned</source>
        <translation>Élagué</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="40"/>
        <source>Fine-tuned</source>
        <translation>Affiné</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="41"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="49"/>
        <source>Magnitude pruning, no fine-tuning</source>
        <translation>Élagage par magnitude, sans affinage</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="51"/>
        <source>Sparsity (%)</source>
        <translation>Parcimonie (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
</context>
<context>
    <name>nw::StepFormulas</name>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="30"/>
        <source>(%1 more terms)</source>
        <translation>(%1 termes de plus)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="76"/>
        <source>%1 values: the formula for output %2 (the highlighted one); the strip shows them all.</source>
        <translation>%1 valeurs : la formule de la sortie %2 (celle mise en évidence) ; la bande les montre toutes.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="28"/>
        <source>Forward: %1</source>
        <translation>Propagation avant : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="30"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="32"/>
        <source>Backward: %1</source>
        <translation>Rétropropagation : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="34"/>
        <source>Update: %1</source>
        <translation>Mise à jour : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="113"/>
        <source>The sample enters the network: %1 values.</source>
        <translation>L’exemple entre dans le réseau : %1 valeurs.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="122"/>
        <source>Its class: %1</source>
        <translation>Sa classe : %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="142"/>
        <source>%1 turns its input into %2 values; the strip and the card show them.</source>
        <translation>%1 transforme son entrée en %2 valeurs ; la bande et la carte les montrent.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="190"/>
        <source>&lt;b&gt;Dropout&lt;/b&gt; (training mode): each value is kept and scaled, or set to 0.</source>
        <translation>&lt;b&gt;Dropout&lt;/b&gt; (mode entraînement) : chaque valeur est gardée et mise à l’échelle, ou mise à 0.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="191"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes every value on unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; transmet chaque valeur sans la changer.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="263"/>
        <source>&lt;b&gt;Convolution&lt;/b&gt;: each output is the bias plus the sum over a %1×%2 window of all %3 input channels, weight times input.</source>
        <translation>&lt;b&gt;Convolution&lt;/b&gt; : chaque sortie est le biais plus la somme, sur une fenêtre %1×%2 des %3 canaux d’entrée, de poids fois entrée.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="268"/>
        <source>Output channel %1, row %2, column %3 (highlighted):</source>
        <translation>Canal de sortie %1, ligne %2, colonne %3 (mis en évidence) :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="289"/>
        <source>&lt;b&gt;Cross-entropy&lt;/b&gt;: softmax turns the scores into probabilities, and the loss is minus the log of the true class&apos;s probability.</source>
        <translation>&lt;b&gt;Entropie croisée&lt;/b&gt; : softmax transforme les scores en probabilités, et la perte est moins le logarithme de la probabilité de la vraie classe.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="294"/>
        <source>True class: %1 (output %2)</source>
        <translation>Vraie classe : %1 (sortie %2)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="303"/>
        <source>With label smoothing ε = %1 the target keeps 1 − ε on the true class and spreads ε evenly over all %2 classes.</source>
        <translation>Avec un lissage des étiquettes ε = %1, la cible garde 1 − ε sur la vraie classe et répartit ε également sur les %2 classes.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="319"/>
        <source>&lt;b&gt;Mean squared error&lt;/b&gt;: the mean of the squared differences from the target.</source>
        <translation>&lt;b&gt;Erreur quadratique moyenne&lt;/b&gt; : la moyenne des écarts à la cible, au carré.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="323"/>
        <source>&lt;b&gt;Binary cross-entropy&lt;/b&gt; on the sigmoid of each score:</source>
        <translation>&lt;b&gt;Entropie croisée binaire&lt;/b&gt; sur la sigmoïde de chaque score :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="330"/>
        <source>Plus the L1/L2 penalty on the weights: %1; the loss trained on is %2.</source>
        <translation>Plus la pénalité L1/L2 sur les poids : %1 ; la perte entraînée vaut %2.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="70"/>
        <source>The loss&apos;s gradient at the scores: the probability minus the smoothed target, %1 at the true class and %2 elsewhere (label smoothing %3).</source>
        <translation>Le gradient de la perte sur les scores : la probabilité moins la cible lissée, %1 pour la vraie classe et %2 ailleurs (lissage des étiquettes %3).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="75"/>
        <source>The loss&apos;s gradient at the scores: the probability minus 1 at the true class, minus 0 elsewhere.</source>
        <translation>Le gradient de la perte sur les scores : la probabilité moins 1 pour la vraie classe, moins 0 ailleurs.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="89"/>
        <source>The loss&apos;s gradient at the network&apos;s output:</source>
        <translation>Le gradient de la perte à la sortie du réseau :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="94"/>
        <source>The gradient that arrives at this node&apos;s output from the layers after it:</source>
        <translation>Le gradient qui arrive à la sortie de ce nœud depuis les couches suivantes :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="101"/>
        <source>This is the gradient at the input: how the loss would change with each input value (what a saliency map shows).</source>
        <translation>C’est le gradient à l’entrée : comment la perte changerait avec chaque valeur d’entrée (ce que montre une carte de saillance).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="112"/>
        <source>&lt;b&gt;Chain rule for y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne pour y = W·x + b&lt;/b&gt; : ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="133"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes the gradient back unchanged, in the input&apos;s shape.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; renvoie le gradient inchangé, à la forme de l’entrée.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="146"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne&lt;/b&gt; : ∂L/∂x = ∂L/∂y · f′(x)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="148"/>
        <source>&lt;b&gt;Chain rule through tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne à travers tanh&lt;/b&gt; : ∂L/∂x = ∂L/∂y · (1 − y²)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="150"/>
        <source>&lt;b&gt;Chain rule through ReLU&lt;/b&gt;: the gradient passes where x &gt; 0 and stops elsewhere.</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne à travers ReLU&lt;/b&gt; : le gradient passe là où x &gt; 0 et s’arrête ailleurs.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="152"/>
        <source>&lt;b&gt;Chain rule through σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne à travers σ&lt;/b&gt; : ∂L/∂x = ∂L/∂y · y(1 − y)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="163"/>
        <source>&lt;b&gt;Chain rule for a convolution&lt;/b&gt;: each weight&apos;s gradient sums ∂L/∂y times the input it met, over every position of the window; each bias&apos;s gradient sums ∂L/∂y over its channel.</source>
        <translation>&lt;b&gt;Règle de dérivation en chaîne pour une convolution&lt;/b&gt; : le gradient de chaque poids somme ∂L/∂y fois l’entrée rencontrée, sur chaque position de la fenêtre ; celui de chaque biais somme ∂L/∂y sur son canal.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="176"/>
        <source>%1: %2 gradients (the update stage shows them).</source>
        <translation>%1 : %2 gradients (la mise à jour les montre).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="181"/>
        <source>Parameter gradients include the L1/L2 penalty&apos;s share and any clipping (the update uses them so).</source>
        <translation>Les gradients des paramètres incluent la part de la pénalité L1/L2 et l’écrêtage éventuel (la mise à jour les utilise ainsi).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="194"/>
        <source>&lt;b&gt;SGD&lt;/b&gt;: each parameter moves against its gradient, by the learning rate %1.</source>
        <translation>&lt;b&gt;SGD&lt;/b&gt; : chaque paramètre se déplace à l’opposé de son gradient, avec le taux d’apprentissage %1.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="197"/>
        <source>&lt;b&gt;SGD with momentum %1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;SGD avec momentum %1&lt;/b&gt;, taux d’apprentissage %2 :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, step t = %2, learning rate %3, β₁ = %4, β₂ = %5:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, pas t = %2, taux d’apprentissage %3, β₁ = %4, β₂ = %5 :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="208"/>
        <source>On the first step the moments start at 0, so each weight moves by about the learning rate, against the sign of its gradient.</source>
        <translation>Au premier pas, les moments partent de 0 : chaque poids se déplace d’environ le taux d’apprentissage, à l’opposé du signe de son gradient.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, taux d’apprentissage %2 :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="228"/>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="233"/>
        <source>The gradients were clipped: their norm %1 was above the limit.</source>
        <translation>Les gradients ont été écrêtés : leur norme %1 dépassait la limite.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughController</name>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="36"/>
        <source>Previous Step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="37"/>
        <source>Next Step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="38"/>
        <source>Step Through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="49"/>
        <source>Walk one training step on the sample open in Explain through the network, node by node: forward, loss, backward, update</source>
        <translation>Suivre nœud par nœud un pas d’entraînement sur l’exemple ouvert dans Expliquer : propagation avant, perte, rétropropagation, mise à jour</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="130"/>
        <source>Preparing the network…</source>
        <translation>Préparation du réseau…</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="134"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Cet exemple (%1) ne correspond pas à l’entrée du réseau (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>non entraîné : les poids initiaux de la graine</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>trained weights</source>
        <translation>poids entraînés</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="181"/>
        <source>This sample cannot be stepped through: %1</source>
        <translation>Impossible de suivre cet exemple pas à pas : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="223"/>
        <source>Apply Step is off while the network trains.</source>
        <translation>« Appliquer le pas » est désactivé pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="225"/>
        <source>The step was applied: the network&apos;s weights changed. Undo Apply puts back the weights of before.</source>
        <translation>Le pas a été appliqué : les poids du réseau ont changé. « Annuler l’application » remet les poids d’avant.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="227"/>
        <source>Apply Step writes this update into the network&apos;s weights, as one training step on this sample.</source>
        <translation>« Appliquer le pas » écrit cette mise à jour dans les poids du réseau, comme un pas d’entraînement sur cet exemple.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughOverlay</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughOverlay.cpp" line="113"/>
        <source>step of %1</source>
        <translation>pas de %1</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughPanel</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="24"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="25"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="26"/>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="31"/>
        <source>Apply Step</source>
        <translation>Appliquer le pas</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="32"/>
        <source>Undo Apply</source>
        <translation>Annuler l’application</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="39"/>
        <source>Evaluation mode</source>
        <translation>Mode évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="40"/>
        <source>Training mode (dropout and batch statistics on)</source>
        <translation>Mode entraînement (dropout et statistiques du lot actifs)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="44"/>
        <source>largest</source>
        <translation>la plus grande</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="45"/>
        <source>The output whose formula is written out when a layer has too many to show them all.</source>
        <translation>La sortie dont la formule est écrite quand une couche en a trop pour toutes les montrer.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="59"/>
        <source>Highlighted output:</source>
        <translation>Sortie mise en évidence :</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="129"/>
        <source>Click a sample (the decision boundary, the confusion matrix&apos;s gallery, the dataset preview or the Sample dock) to walk one training step through the network.</source>
        <translation>Cliquez sur un exemple (la frontière de décision, la galerie de la matrice de confusion, l’aperçu du jeu de données ou le panneau Exemple) pour suivre un pas d’entraînement à travers le réseau.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="208"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>nw::TokenSourcePage</name>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="39"/>
        <source>Lower-case the text first</source>
        <translation>Mettre d’abord le texte en minuscules</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="49"/>
        <source>Parity of a bit string</source>
        <translation>Parité d’une chaîne de bits</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="50"/>
        <source>Which of two tokens occurs more often</source>
        <translation>Lequel de deux jetons apparaît le plus souvent</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="51"/>
        <source>Reverse the sequence (a class per position)</source>
        <translation>Inverser la séquence (une classe par position)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="52"/>
        <source>Sort the sequence (a class per position)</source>
        <translation>Trier la séquence (une classe par position)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="53"/>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="54"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="71"/>
        <source>Length:</source>
        <translation>Longueur :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="55"/>
        <source>Samples:</source>
        <translation>Échantillons :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="56"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="85"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="59"/>
        <source>Choose labelled texts</source>
        <translation>Choisir des textes étiquetés</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="60"/>
        <source>Texts (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Textes (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="62"/>
        <source>A CSV table with a text column and a label column, or lines LABEL&lt;tab&gt;TEXT.</source>
        <translation>Une table CSV avec une colonne de texte et une colonne d’étiquette, ou des lignes ÉTIQUETTE&lt;tab&gt;TEXTE.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="63"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Text column:</source>
        <translation>Colonne de texte :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Empty: the first column that is not the label.</source>
        <translation>Vide : la première colonne qui n’est pas l’étiquette.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Label column:</source>
        <translation>Colonne d’étiquette :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Empty: the last column.</source>
        <translation>Vide : la dernière colonne.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="68"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="69"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="70"/>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="72"/>
        <source>Vocabulary:</source>
        <translation>Vocabulaire :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="73"/>
        <source>So that &quot;The&quot; and &quot;the&quot; are one token.</source>
        <translation>Pour que « The » et « the » soient un seul jeton.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="76"/>
        <source>Choose the folder of word lists</source>
        <translation>Choisir le dossier des listes de mots</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="78"/>
        <source>Debian installs its word lists in /usr/share/dict.</source>
        <translation>Debian installe ses listes de mots dans /usr/share/dict.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="79"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Two or more, separated by commas: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</source>
        <translation>Deux ou plus, séparées par des virgules : danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="83"/>
        <source>Words per language:</source>
        <translation>Mots par langue :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="84"/>
        <source>Longest word:</source>
        <translation>Mot le plus long :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="86"/>
        <source>German nouns start with a capital: lower-case them, or the model learns only that.</source>
        <translation>Les noms allemands commencent par une majuscule : mettez-les en minuscules, sinon le modèle n’apprend que cela.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="110"/>
        <source>every token</source>
        <translation>tous les jetons</translation>
    </message>
</context>
<context>
    <name>nw::TrainingChartsWidget</name>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="111"/>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="112"/>
        <source>Show the loss on a logarithmic axis, where late, small improvements stay visible</source>
        <translation>Afficher la perte sur un axe logarithmique, où les petites améliorations tardives restent visibles</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="116"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="117"/>
        <source>Save the charts as a picture, or the numbers behind them as CSV</source>
        <translation>Enregistrer les graphiques en image, ou les nombres qui les sous-tendent en CSV</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="120"/>
        <source>Charts as PNG…</source>
        <translation>Graphiques en PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="122"/>
        <source>Charts as SVG…</source>
        <translation>Graphiques en SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="124"/>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="134"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="136"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="147"/>
        <source>Train, per batch</source>
        <translation>Entraînement, par lot</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="137"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="148"/>
        <source>Train, epoch</source>
        <translation>Entraînement, par époque</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="138"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="149"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="139"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="150"/>
        <source>Train, smoothed</source>
        <translation>Entraînement, lissée</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="143"/>
        <source>Loss (log scale)</source>
        <translation>Perte (échelle log)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="155"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="156"/>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="167"/>
        <source>Press Train to see the loss fall.

Loss, accuracy and learning rate appear here while the network learns.</source>
        <translation>Appuyez sur Entraîner pour voir la perte baisser.

La perte, l’exactitude et le taux d’apprentissage apparaissent ici pendant que le réseau apprend.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="211"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="348"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="350"/>
        <source>%1: training</source>
        <translation>%1 : entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="349"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="351"/>
        <source>%1: validation</source>
        <translation>%1 : validation</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="507"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="513"/>
        <source>Epoch %1
%2: %3</source>
        <translation>Époque %1
%2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="531"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="543"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="558"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="551"/>
        <source>Training charts</source>
        <translation>Graphiques d’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="552"/>
        <source>Loss, accuracy and learning rate, exported from Netwright</source>
        <translation>Perte, exactitude et taux d’apprentissage, exportés depuis Netwright</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="571"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="572"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="573"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="574"/>
        <source>Export training charts</source>
        <translation>Exporter les graphiques d’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="575"/>
        <source>training.%1</source>
        <translation>entrainement.%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="585"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>nw::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Loading the data: %1 of %2 files…</source>
        <translation>Chargement des données : %1 fichiers sur %2…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="68"/>
        <source>&amp;Start Training</source>
        <translation>&amp;Démarrer l’entraînement</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="70"/>
        <source>Train the network with the project&apos;s settings, from its imported or trained weights where it has them and the seed&apos;s elsewhere</source>
        <translation>Entraîner le réseau avec les réglages du projet, à partir de ses poids importés ou entraînés là où il en a, et de ceux de la graine ailleurs</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="72"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="74"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="76"/>
        <source>Step &amp;One Batch</source>
        <translation>Avancer d’&amp;un lot</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="78"/>
        <source>Train exactly one more batch, then pause</source>
        <translation>Entraîner exactement un lot de plus, puis mettre en pause</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="79"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="81"/>
        <source>Reset &amp;Weights</source>
        <translation>Réinitialiser &amp;les poids</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="83"/>
        <source>Forget the trained weights: back to the seed&apos;s initial weights</source>
        <translation>Oublier les poids entraînés : retour aux poids initiaux de la graine</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="140"/>
        <source>Loading the data…</source>
        <translation>Chargement des données…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="157"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>Le réseau a des problèmes ; voir le panneau Problèmes.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="172"/>
        <source>The pruned weights no longer fit the network: prune it again.</source>
        <translation>Les poids élagués ne correspondent plus au réseau : élaguez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="207"/>
        <source>Training could not be started.</source>
        <translation>L’entraînement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="212"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="213"/>
        <source>Training… (%1)</source>
        <translation>Entraînement… (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="227"/>
        <source>Training cancelled.</source>
        <translation>Entraînement annulé.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="265"/>
        <source>The weights are back at their initial values.</source>
        <translation>Les poids sont revenus à leurs valeurs initiales.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingHistory</name>
    <message>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="205"/>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nw::TrainingProgressWidget</name>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="63"/>
        <source>Epoch 1/%1</source>
        <translation>Époque 1/%1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="78"/>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>Époque %1/%2 · lot %3/%4</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="86"/>
        <source> · %1 left</source>
        <translation> · encore %1</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSession</name>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="112"/>
        <source>The weights cannot be reset while training runs.</source>
        <translation>Les poids ne peuvent pas être réinitialisés pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="114"/>
        <source>There is no network to reset.</source>
        <translation>Il n’y a pas de réseau à réinitialiser.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="136"/>
        <source>Other weights cannot be shown while training runs.</source>
        <translation>D’autres poids ne peuvent pas être affichés pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="138"/>
        <source>There is no trained network to show them on.</source>
        <translation>Il n’y a pas de réseau entraîné sur lequel les afficher.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="181"/>
        <source>The project cannot be saved with its weights while training runs.</source>
        <translation>Le projet ne peut pas être enregistré avec ses poids pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="185"/>
        <source>Nothing has been trained in this session.</source>
        <translation>Rien n’a été entraîné dans cette session.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="339"/>
        <source>Training failed with an unknown error.</source>
        <translation>L’entraînement a échoué à cause d’une erreur inconnue.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSettingsDock</name>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="111"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="115"/>
        <source>Cross-entropy (classes)</source>
        <translation>Entropie croisée (classes)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="116"/>
        <source>Mean squared error (regression)</source>
        <translation>Erreur quadratique moyenne (régression)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="117"/>
        <source>Binary cross-entropy with logits</source>
        <translation>Entropie croisée binaire sur logits</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="120"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="153"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="219"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="121"/>
        <source>Moves a little of each target&apos;s probability to the other classes, so the network is less sure of itself.</source>
        <translation>Déplace un peu de la probabilité de chaque cible vers les autres classes, pour que le réseau soit moins sûr de lui.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="123"/>
        <source>Loss:</source>
        <translation>Perte :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="124"/>
        <source>Label smoothing:</source>
        <translation>Lissage des étiquettes :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="134"/>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="138"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="139"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="140"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="141"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="143"/>
        <source>How big a step each batch takes. The arrows step 1, 2, 5, 10…</source>
        <translation>La taille du pas fait à chaque lot. Les flèches avancent par 1, 2, 5, 10…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="145"/>
        <source>Nesterov momentum</source>
        <translation>Moment de Nesterov</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="147"/>
        <source>Looks ahead along the momentum; needs a momentum above 0.</source>
        <translation>Anticipe le long du moment ; nécessite un moment supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="154"/>
        <source>Optimizer:</source>
        <translation>Optimiseur :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="155"/>
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="156"/>
        <source>Momentum:</source>
        <translation>Moment :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="158"/>
        <source>Beta 1:</source>
        <translation>Bêta 1 :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="159"/>
        <source>Beta 2:</source>
        <translation>Bêta 2 :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="160"/>
        <source>Epsilon:</source>
        <translation>Epsilon :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="161"/>
        <source>Alpha (smoothing):</source>
        <translation>Alpha (lissage) :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="162"/>
        <source>Weight decay:</source>
        <translation>Décroissance des poids :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="192"/>
        <source>Learning-rate schedule</source>
        <translation>Planification du taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="196"/>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="197"/>
        <source>Step (multiply every few epochs)</source>
        <translation>Par paliers (multiplier toutes les quelques époques)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="198"/>
        <source>Exponential (multiply every epoch)</source>
        <translation>Exponentielle (multiplier à chaque époque)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="199"/>
        <source>Cosine (down to a minimum)</source>
        <translation>Cosinus (jusqu’à un minimum)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="203"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="294"/>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="209"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>Le facteur par lequel le taux d’apprentissage est multiplié.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="213"/>
        <source>All epochs of the run</source>
        <translation>Toutes les époques de l’exécution</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="220"/>
        <source>Epochs over which the learning rate rises from 0 to its value at the start.</source>
        <translation>Époques pendant lesquelles le taux d’apprentissage monte de 0 à sa valeur de départ.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="221"/>
        <source>Schedule:</source>
        <translation>Planification :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="222"/>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="223"/>
        <source>Factor (gamma):</source>
        <translation>Facteur (gamma) :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="224"/>
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="225"/>
        <source>Minimum rate:</source>
        <translation>Taux minimal :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="226"/>
        <source>Warm-up epochs:</source>
        <translation>Époques de préchauffage :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="244"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="255"/>
        <source>Initial weights, batch order and dropout: the same seed gives the same run.</source>
        <translation>Poids initiaux, ordre des lots et dropout : la même graine donne la même exécution.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="259"/>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="265"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="266"/>
        <source>Scales the gradients down when their overall length exceeds this; tames exploding gradients.</source>
        <translation>Réduit les gradients quand leur longueur totale dépasse cette valeur ; dompte les gradients explosifs.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="268"/>
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="269"/>
        <source>Epochs:</source>
        <translation>Époques :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="270"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="271"/>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="272"/>
        <source>Gradient clipping:</source>
        <translation>Écrêtage des gradients :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="287"/>
        <source>Stop early when validation loss stops improving</source>
        <translation>Arrêter tôt quand la perte de validation ne s’améliore plus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="300"/>
        <source>A smaller drop of the validation loss does not count as improving.</source>
        <translation>Une baisse plus petite de la perte de validation ne compte pas comme une amélioration.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="301"/>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Garder les poids de la meilleure époque</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="303"/>
        <source>Patience:</source>
        <translation>Patience :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="304"/>
        <source>Minimum improvement:</source>
        <translation>Amélioration minimale :</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="337"/>
        <source>Epoch %1 of %2</source>
        <translation>Époque %1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="341"/>
        <source>Batch %1 of %2</source>
        <translation>Lot %1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="342"/>
        <source>About %1 left</source>
        <translation>Environ %1 restant</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="343"/>
        <source>Estimating the time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="352"/>
        <source>Not training</source>
        <translation>Pas d’entraînement</translation>
    </message>
</context>
<context>
    <name>nw::WeightsFit</name>
    <message>
        <location filename="../app/gui/WeightsFit.cpp" line="22"/>
        <source>the network has errors, so no weights can be checked against it; fix them first</source>
        <translation>le réseau comporte des erreurs, aucun poids ne peut donc être vérifié ; corrigez-les d’abord</translation>
    </message>
</context>
<context>
    <name>nw::WeightsImporter</name>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="29"/>
        <source>Import Weights</source>
        <translation>Importer des poids</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="30"/>
        <source>Projects and weights (*.nwproj *.safetensors);;All files (*)</source>
        <translation>Projets et poids (*.nwproj *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="40"/>
        <source>Stop training before importing weights.</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;importer des poids.</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="45"/>
        <source>The network has problems; fix them before importing weights:
%1</source>
        <translation>Le réseau a des problèmes ; corrigez-les avant d&apos;importer des poids :
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="51"/>
        <source>Cannot import weights</source>
        <translation>Impossible d&apos;importer les poids</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="65"/>
        <source>Imported weights from %1 for %2; Start keeps them.</source>
        <translation>Poids importés de %1 pour %2 ; Démarrer les garde.</translation>
    </message>
</context>
</TS>
