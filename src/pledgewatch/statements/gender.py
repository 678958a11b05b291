"""First names with a strong gender association, used only as weak evidence for he/she resolution (the article's
own honorifics and pronouns count more). Lower-case; accents folded."""

FEMALE = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy
kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn
janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn
judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia
frances jean alice judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana
brittany doris kayla alexis lori marie wendy jane kristen chrystia melanie mélanie justine catherine caroline
jody jodie leslie tracy tracey stacey colleen erin kim jill jillian claire clare fiona shannon tanya tania
kathy kate katie kristin krista meghan megan monica nadia natasha naomi paula rita rosemary sally sheila
sophie stella susanne suzanne sylvia tamara tina valerie vanessa veronica yvonne zoe avril linda ursula
annalena angela giorgia kaja liz elise elisa elena olena olga oksana iryna irina yulia yuliya julia tetiana
tatiana tatyana natalia nataliya natalya svetlana ekaterina yekaterina maria mariya marina lyudmila ludmila
ksenia kseniya daria darya anastasia anastasija alla galina halyna viktoria viktoriya larysa larisa nadiya
nadezhda inna zoya alina polina sofia sofiya hanna ganna liudmyla mariana marianna kamala nikki hillary
jacinda theresa margrethe ngozi kristalina mette sanna kersti ingrida roberta karine jen jennifer rebekah
helena annetta daria lois mallory darian dara cindy bonnie deanna debbie donna ellen eva gail heidi holly
irene jan janet jenna joanne jocelyn karin kristy leah lynn lynne marcia marlene maureen molly nora pauline
penny priya robin rose roxanne ruby sandy shauna sonia stacy tammy terri tessa tiffany trudy vicki wanda
""".split())

MALE = set("""
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
bobby philip johnny doug dave bill bob jim tom mike steve greg jeff ken ron rick dan don ben sam ted tony
justin stephen pierre jean andre andré francois françois guy marc michel luc yves boris olaf emmanuel rishi
keir ben grant lloyd antony jake ned pat matthew liam owen luke cole ian neil colin graham malcolm stuart
volodymyr vladimir wolodymyr wołodymyr dmytro dmitry dmitri sergei sergey serhiy serhii oleksandr alexander
aleksandr oleksii oleksiy olexiy andriy andrii andrei andrey mykhailo mikhail mykola nikolai yuri yuriy
yevgeny evgeny viktor valerii valery valeriy kyrylo kirill rustem denys denis vitali vitaliy ihor igor
ivan petro pyotr maksym maxim pavlo pavel roman ruslan taras bohdan vadym vadim arseniy anatoly anatoliy
vassily vasily ramzan alexei alexey aleksei gennady konstantin stanislav yaroslav oleg
jens josep charles mario giuseppe andrzej mateusz donald radoslaw wladyslaw mariusz recep gitanas xi fumio
mitch chuck kevin nancy_not hakeem lindsey_not marco ted rand tim
""".split()) - {"nancy_not", "lindsey_not"}
