/**
 * The words and phrases triage listens for, by what they signal. Phrases are in canonical
 * form (see src/language/tokens.ts): lower case, no accents, English contractions without
 * the apostrophe ("dont"), Welsh words in their dictionary (unmutated) form ("cwyn" also
 * matches "gwyn", "nghwyn", "chwyn"). Syntax: "a|b" alternatives, "stem*" a word starting
 * with stem, "word?" optional, "~" up to three words in between, "~~" up to seven.
 *
 * The lists are for the general case, written from how residents write, not from a test set.
 */
import { EXCLUSION_WORDING } from './exclusion-cues';

export type Cue =
  | 'complaint_word'
  | 'dissatisfaction'
  | 'repeated'
  | 'failure'
  | 'conduct'
  | 'poor_work'
  | 'handling'
  | 'remedy'
  | 'request'
  | 'fault'
  | 'thing'
  | 'asb'
  | 'praise'
  | 'suggestion'
  | 'escalation'
  | 'response_ref'
  | 'status'
  | 'greeting'
  | 'legal_court'
  | 'legal_letter'
  | 'legal_mention'
  | 'my_complaint'
  | 'locked_out'
  | 'agent_fault'
  | 'injury'
  | 'damaged_belongings'
  | 'claim_money'
  | 'concluded'
  | 'policy'
  | 'other_org'
  | 'data_protection'
  | 'consumer_credit'
  | 'service_charge'
  | 'statutory_review'
  | 'tribunal'
  | 'disrepair_claim'
  | 'ombudsman_already'
  | 'long_ago'
  | 'ongoing'
  | 'urgent_gas'
  | 'urgent_water'
  | 'urgent_electric'
  | 'urgent_fire'
  | 'urgent_trapped'
  | 'urgent_security'
  | 'urgent_repair'
  | 'no_heat'
  | 'vulnerable'
  | 'safeguarding'
  | 'danger_now'
  | 'insecure'
  | 'not_now'
  | 'hazard'
  | 'hazard_person'
  | 'hazard_cold'
  | 'hazard_frail'
  | 'hazard_setting';

/**
 * Cues that speak for a complaint: unhappiness, repetition, failure, how it was handled. The rules
 * count them as dissatisfaction; the bot never quotes them as the reason for another reading.
 */
export const COMPLAINT_CUES: readonly Cue[] = ['complaint_word', 'dissatisfaction', 'repeated', 'failure', 'conduct', 'poor_work', 'handling', 'agent_fault'];

export const CUES: Record<Cue, { en: string[]; cy: string[] }> = {
  // A person at risk right now: urgent as well as a safeguarding matter.
  danger_now: {
    en: [
      // sixteenth safety pass (issue #19): no point living or being here (the resident's or a relative's words), a third person's threat to kill
      'see ~ the? point ~ in? living|being_here|being_alive|carrying_on|going_on_living', 'no point ~ in? me|my? ~ being_here|being_alive|living', 'hell|shell|theyll ~ kill|stab ~ her|him|me|us|them',
      // eighth safety pass (issue #19): someone hitting a partner or a child seen now; a support worker who has not come (as a carer who has not); threatened with a knife or a weapon
      'hit|hitting|punched|punching|kicked|kicking|beating|slapped|slapping|strangling|dragging ~ his|her|their ~ girlfriend|boyfriend|wife|husband|partner|kids|child|children|son|daughter|mum|mother', 'support_worker|support_workers ~~ hasnt|havent|not|didnt|never ~~ come|been|turned_up|visited|shown', 'threatened|threatening|came_at ~ me|us|him|her ~ with ~ a? knife|machete|weapon|blade|gun',
     'kill myself', 'end it all', 'ending it all', 'feel like ~ ending|end ~ it_all|things|my_life', 'cant do this anymore', 'want to die', 'hurting me', 'scared to go to sleep', 'letting himself in', 'going to kill', 'havent seen ~ her|him ~ week|days', 'hit me', 'scared to go home', 'outside my door last night', 'better off without me', 'not wanting to be here', 'take|taking|end|ending my own? life', 'suicid*', 'dont want to be here', 'dont want to live', 'cant go on', 'hurt* himself|herself|themselves', 'harm* himself|herself|themselves', 'self harm*', 'left on his|her|their own ~~ crying|days|night|hours|since_yesterday|since_last_night|overnight|all_day', 'hit me ~ last_night|again|tonight|today|this_morning', 'outside ~ door|house|flat|window ~~ last_night|tonight|right_now|now', 'found out where i live', 'knows where i live', 'still has ~ key', 'hasnt|havent|not been seen ~~ week|days', 'not seen ~ her|him ~~ week|days', 'post ~ piling up', 'curtains ~ not|havent|hasnt ~ moved|opened|been_opened', 'nothing ~ to live for', 'no reason to live', 'want ~ it_all|everything ~ to stop|to_end|over', 'thinking ~ ending it|ending_things|ending_it_all', 'giving up on ~ life|living', 'dont want to wake up', 'wish i wasnt ~ here|alive', 'want to disappear', 'disappear for good', 'take ~ all ~ tablets|pills', 'tablets|pills ~ take them all', 'no way out', 'home alone', 'left alone ~~ night|days|hours|crying|weekend', 'nobody|noone ~ looking after ~ kids|children|little_ones|baby|him|her|them', 'nobody|noone ~ feeding ~ kids|children|him|her|them', 'carer ~~ hasnt|havent|not|didnt|never ~~ come|been|turned_up|visited|shown', 'wandering ~~ night|street|road|outside|pyjamas|nightie|landing', 'cant see ~ way out', 'want ~ it|everything|it_all ~ to be over', 'nobody|noone ~ been ~ to see|check_on ~ her|him', 'cutting myself|my_arms|my_wrists|my_legs', 'started_cutting|cutting_again', 'cut myself ~ again|on_purpose|deliberately', 'burning myself', 'hurting|harming myself', 'saving|saved|stockpiling|stockpiled|hoarding|storing ~ up? my? tablets|pills|meds|medication', 'better off ~ if i|im ~ wasnt|werent|gone|dead|not_here|not_around|was_gone', 'wish i ~ was|were ~ dead', 'letterbox|letter_box|through_the_door ~~ petrol|lit|burning|poison|firework*', 'petrol|lit_rag|poison|firework* ~~ letterbox|letter_box|through_the_door', 'burn ~ flat|house|home|place|us_out|me_out', 'my? ex|ex_partner|abuser ~~ outside|at_my_door|at_the_door|banging|followed_me|turned_up', 'knows ~ this|my address', 'going_to|gonna|wants_to|threatening_to|talking_about ~ end it|kill_himself|kill_herself|end_his_life|end_her_life|take_his_life|take_her_life|end_it_all', 'killing myself', 'thinking about ~ killing|ending|hurting ~ myself|it|my_life', 'crying|screaming ~~ for_hours|all_night|all_day ~~ nobody|noone|no_answer|no_one', 'set fire to|set_fire_to|torch ~ my|our|the? flat|house|home|car|door', 'kids|children|toddler|baby ~~ midnight|middle_of_the_night|all_night ~~ nobody|noone|on_their_own|alone', 'dont want to be alive', 'dont want to exist', 'end_it|bring_it_all_to_an_end ~ tonight', 'taken|took|swallowed|had ~ loads|lots|a_load|a_lot|all|a_handful|too_many|a_bottle ~ of? my? tablets|pills|paracetamol|meds|medication', 'standing|stood|sat|sitting|climbed ~ on|over? the? ledge|edge_of_the_roof|edge_of_the_balcony|edge_of_the_bridge|railing*', 'jump* ~ off|from ~ the? balcony|bridge|roof|building|block|window', 'kill me|will_kill_me|going_to_kill_me|gonna_kill_me', 'lying_on|lay_on ~ the|his|her? floor|ground ~~ all_night|hours|since|cant_get_up|not_moving|wont_answer', 'fallen|fell ~~ cant_get_up|cannot_get_up|cant_move', 'hear|hearing|heard ~~ him|her|them|he|she ~~ threatening|hitting|beating|strangling|attacking|hurting', 'fall|fallen|fell ~~ cant|cannot|couldnt|unable_to ~ get ~ up', 'fall|fallen|fell ~~ paramedics|ambulance', 'paramedics|ambulance ~~ fall|fallen|fell', 'tablets|pills|meds ~~ going_to_take|gonna_take|take_them_all|take_the_lot|take_them_tonight|take_them', 'going_to_take|gonna_take ~ all? my|the? tablets|pills|meds', 'boy|girl|kid|kids|child|children|baby|toddler|little_ones ~~ on_his_own|on_her_own|on_their_own|alone|by_himself|by_herself ~~ since_yesterday|since_last_night|overnight|all_night|crying|for_hours|for_days|all_day', 'id|youd|youll|hell|shell|ill|you_will|you_would|we_will ~ have an accident', 'house|flat|place|home ~ will|would|gonna|going_to ~ burn', 'threatening ~ his|her|their? girlfriend|wife|partner|kids|children ~~ crying|screaming|sobbing'],
    cy: [
      // sixteenth safety pass (issue #19): no point being here or carrying on, giving up on everything ('sdim pwynt i fi fod yma', 'sa i'n gweld pwynt cario mlaen', 'rhoi'r gorau i bopeth'); a threat to kill told of someone now
      'pwynt ~ i? fi|mi|i ~ bod yma', 'dim|does_dim ~ pwynt ~ i? fi|mi? ~ byw|bod_yma|cario_blaen|cario_ymlaen|mynd_ymlaen', 'gweld ~ pwynt ~ cario|mynd ~ blaen|ymlaen', 'gweld ~ pwynt ~ byw|bod_yma', 'rhoi y? gorau i ~ popeth|bob_dim|y_cyfan|bywyd|fy_mywyd', 'mynd i ~ lladd ~ hi|fo|fe|fi|ni',
      // eighth safety pass (issue #19): the same in Welsh
      'taro|tarodd|curo|dyrnu|cicio|llusgo ~ ei|eu ~ cariad|gwraig|gwr|partner|plant|mab|merch|mam|plentyn', 'gweithiwr_cymorth|gweithwraig_cymorth ~~ ddim|heb ~~ bod|dod|galw|troi', 'bygwth ~ fi|ni|fo|fe|hi ~ efo|gyda|a ~ cyllell|arf|gwn|machete',
     'lladd fy hun', 'yn fy brifo', 'eisiau marw', 'isio marw', 'bygwth ~ lladd', 'ofn mynd i gysgu', 'bwrw i eto', 'ofn ~ mynd adre|adref|adra', 'fy mygwth', 'gallu byw fel hyn', 'hebdda i', 'cymryd fy bywyd', 'lladd fy hunan', 'diweddu fy bywyd', 'ddim eisiau|isio bod yma', 'ddim eisiau|isio byw', 'brifo ei hun|hunan', 'niweidio ei hun|hunan', 'hunan niweidio', 'hunanladd*', 'taro ~~ neithiwr|heno|eto|bore_yma', 'bwrw ~~ neithiwr|heno|bore_yma', 'tu_allan|tu_fas ~~ neithiwr|heno|nawr|rwan', 'ffeindio ~ ble|lle ~ byw', 'gwybod ~ ble|lle dw i yn byw', 'ganddo ~ allwedd|goriad', 'gadael ar ben ei|eu hun|hunan|hunain ~~ dyddiau|nos|crio', 'neb wedi ~ gweld ~~ wythnos|dyddiau', 'heb ei gweld|weld ~~ wythnos|dyddiau', 'post ~ pentyrru', 'ddim yn? eisiau|isio byw', 'ddim yn? eisiau|isio bod yma|mae', 'ddim yn? eisiau|isio deffro', 'dim byd i fyw amdano', 'dim rheswm i fyw', 'rhoi diwedd ar ~ bob_dim|popeth|y_cyfan|y_cwbl|fy_mywyd|bethau', 'methu cario mlaen|ymlaen', 'ddim ~ cario|mynd mlaen|ymlaen ~ fel hyn|rhagor|dim_mwy', 'eisiau|isio diflannu', 'cymryd ~ tabledi|pils ~ i gyd', 'ar eu pennau eu hunain ~~ nos|dyddiau|oriau|crio|penwythnos', 'ar ei ben|phen ei hun|hunan ~~ nos|dyddiau|oriau|crio|penwythnos', 'neb yn? ~ edrych ar ol|gofal* ~ plant|babi|plentyn|nhw|fo|fe|hi|amdanyn*|amdano|amdani', 'gofalwr ~~ ddim|heb ~~ bod|dod|galw|troi', 'crwydro ~~ nos|stryd|ffordd|tu_allan|pyjamas|landin', 'crio ~ ers|am ~ oriau|dyddiau ~~ neb', 'ar ben ei|eu hun|hunan|hunain ~ ers|am|drwy ~ neithiwr|ddoe|nos|dyddiau|oriau', 'neb wedi bod ~ gweld ~ hi|fe|fo|nhw', 'torri|brifo|niweidio|llosgi fy hun|hunan', 'well|gwell ~ off? heb_fi|hebdda_i|hebddof', 'casglu|cadw|cuddio ~ fy? tabledi|pils|moddion', 'blwch_llythyrau|drws ~~ gwenwyn|petrol|tan_gwyllt', 'gwenwyn|petrol|tan_gwyllt ~~ drws|blwch_llythyrau', 'llosgi ~ y? ty|fflat|cartref', 'cyn_bartner|cyn_gwr|cyn_wraig|cyn_gariad ~~ tu_allan|tu_fas|wrth_y_drws|curo|bangio', 'cymryd ~ yr? holl ~ tabledi|pils|moddion', 'rhoi ~ y? ty|fflat|drws|car ~ ar dan', 'ddim|dim ~ eisiau|isio|moyn bod yn fyw', 'dod a ~ y? cyfan|popeth|bob_dim|fy_mywyd|y_cwbl ~ i ben', 'rhoi terfyn ar ~ y? cyfan|popeth|fy_mywyd|bob_dim', 'cymryd|llyncu ~ llwyth|lot|llond_llaw|gormod|potel ~ o? tabledi|pils|paracetamol|moddion', 'ar ~ y? dibyn|silff_ffenest|ymyl_y_to|ymyl_y_balconi|ymyl_y_bont', 'neidio ~ oddi_ar|o ~ y? balconi|bont|to|ffenest', 'fy_lladd|lladd_fi', 'gorwedd ar y llawr ~~ nos|oriau|ers|methu', 'wedi cwympo|syrthio ~~ methu codi', 'clywed ~~ bygwth|taro|brifo|ymosod', 'cwympo|syrthio|disgyn ~~ methu|ddim|dim ~ codi', 'cwympo|syrthio|disgyn ~~ parafeddyg*|ambiwlans', 'ambiwlans|parafeddyg* ~~ cwympo|syrthio|disgyn', 'moyn|isio|eisiau ~ i? y? cwbl|cyfan|popeth ~ dod i ben', 'ar eu pennau eu hunain ~~ neithiwr|ddoe|ers', 'bydd ~ y? ty|fflat ~ yn? llosgi', 'bygwth ~ ei|eu? cariad|gwraig|partner|plant ~~ crio|sgrechian|beichio'],
  },
  complaint_word: {
    en: ['complain*', 'complaint*', 'formal complaint', 'raise ~ complaint', 'make ~ complaint', 'put in ~ complaint', 'lodge ~ complaint', 'grievance'],
    cy: ['cwyn', 'cwynion', 'cwyno', 'gwneud ~ cwyn', 'codi ~ cwyn', 'cwyn ffurfiol'],
  },
  dissatisfaction: {
    en: [
      'not happy', 'unhappy', 'not satisfied', 'dissatisfied', 'disgust*', 'appalling', 'appalled', 'shocking', 'shocked', 'ridiculous',
      'unacceptable', 'not acceptable', 'fed up', 'sick of', 'sick and tired', 'disappoint*', 'frustrat*', 'angry', 'furious', 'fuming',
      'livid', 'terrible', 'awful', 'useless', 'a joke', 'joke', 'disgrace*', 'shambles', 'outrage*', 'annoyed', 'upset', 'let down',
      'had enough', 'enough is enough', 'worst', 'pathetic', 'diabolical', 'incompeten*', 'unprofessional', 'not good enough',
      'how many times', 'how much longer', 'how long ~ wait*', 'why ~ nobody|noone|still', 'why ~ not|never|nothing ~ done|fixed|sorted',
      'nobody cares', 'noone cares', 'dont care', 'doesnt care', 'lied', 'lying', 'lies', 'fobbed off', 'fob* off', 'palmed off',
      'passed from pillar to post', 'pillar to post', 'no one listens', 'nobody listens', 'not listening', 'wont listen', 'ignor*',
      'treated like', 'second class', 'stressed', 'stress*', 'anxiety', 'at my wits end', 'wits end', 'last straw', 'beyond a joke',
      'not right', 'not fair', 'unfair', 'wrong', 'mess', 'neglect*', 'failed', 'failing', 'failure', 'poor service', 'bad service',
      'rubbish service', 'no excuse', 'excuses', 'cant believe', 'unbelievable', 'wtf', 'smh', 'ffs', 'seriously', 'paying rent for',
      'pay ~ rent ~ for_this|for_what|and', 'what am i paying', 'ombudsman', 'not impressed', 'hopeless', 'embarrass*', 'shame', 'not ok', 'is that it', 'how is it possible', 'how is that acceptable', 'how can you', 'your responsibility', 'charged me', 'why should i pay', 'taking the mick', 'taking the piss', 'having a laugh', 'scandal', 'disgraceful', 'takes months', 'takes forever', 'takes ages', 'taking forever', 'taking ages', 'keep sending letters', 'just keep', 'third time', 'second time', 'felt ~ ignored|humiliated|stupid|worthless|belittled|embarrassed', 'when ~ finish', 'when are you going to', 'moan', 'bit of a moan', 'grumble', 'why does it take', 'why has it taken', 'why is it taking', 'what is the point', 'whats the point', 'mortified', 'in front of my neighbour|neighbours|kids|children', 'not one to make a fuss', 'sorry to bother you again', 'is that it', 'doesnt feel right', 'not good enough'],
    // Not "poeni" (worry), as English has no "worried" here: a worry for a neighbour or about a fault
    // is no unhappiness with the landlord (cy17: 12 of the 13 Welsh training lines with it are requests).
    cy: [
      'ddim yn hapus', 'anhapus', 'siom*', 'cywilydd', 'gywilyddus', 'cywilyddus', 'annerbyniol', 'ofnadwy', 'gwarthus', 'llond bol',
      'digon yw digon', 'wedi cael digon', 'yn crac', 'crac iawn', 'dw i yn blin', 'dw yn blin', 'ni yn blin', 'yn blin iawn am|gyda|bod|fod|achos|oherwydd|ynglyn', 'mor blin|crac', 'wedi gwylltio', 'gwylltio', 'gwyllt gacwn', 'rhwystredig', 'rhwystredigaeth', 'jôc', 'joc', 'anobeithiol',
      'annheg', 'ddim yn deg', 'ddim yn iawn', 'ddim yn ddigon da', 'gwael', 'pam ~ neb|dim_byd|dal', 'pa mor hir', 'faint o amser eto',
      'sawl gwaith', 'neb yn gwrando', 'ddim yn gwrando', 'anwybydd*', 'celwydd*', 'dweud celwydd', 'esgeul*', 'methiant', 'wedi methu',
      'llanast', 'straen', 'pryder', 'gofid*', 'ddim yn derbyn', 'ombwdsmon', 'ddim yn ddigon', 'trist', 'hollol', 'dychryn*',
      'wedi dychryn', 'talu rhent am', 'dim esgus', 'esgusodion', 'ddim yn dderbyniol', 'dim parch', 'amharch*', 'cwilydd', 'uffar*', 'sut mae yn bosib', 'sut mae yn bosibl', 'eich cyfrifoldeb', 'cyfrifoldeb arnoch', 'codi tal arna i', 'sgandal', 'pam ddylwn i dalu', 'cymryd y mic', 'cymryd y pis', 'ddim yn fodlon', 'anfodlon', 'sa i yn fodlon', 'ddim digon da', 'dim digon da', 'cymryd misoedd', 'cymryd oesoedd', 'cael enough', 'cael llond bol', 'pryd ~ gorffen', 'pryd dych chi yn mynd i', 'pam ~ cymryd', 'beth yw yr pwynt', 'be di yr pwynt', 'o flaen fy cymydog*|plant', 'gwasanaeth sal', 'sut mae disgwyl', 'dyw hynny ddim yn wir', 'nid yw hynny yn wir', 'ddim yn iawn o gwbl'],
  },
  repeated: {
    en: [
      'again', 'still', 'yet again', 'once again', 'several times', 'many times', 'numerous times', 'countless times', 'multiple times',
      'two|three|four|five|six|2|3|4|5|6|7|8|9|10 times', 'twice', 'so many times', 'every time', 'keeps coming back', 'keep* ~ coming back|happening',
      'came back', 'come back', 'back again', 'for weeks', 'for months', 'for ages', 'for years', 'for a year', 'since last', 'since january|february|march|april|may|june|july|august|september|october|november|december',
      'weeks now', 'months now', 'weeks later', 'months later', 'weeks and', 'months and', 'over a month|week|year', 'over two|three|four|six|2|3|4|6 weeks|months',
      'reported ~ before', 'already reported', 'reported it', 'reported this', 'reported ~ times', 'chased', 'chasing', 'called ~ times', 'rang ~ times',
      'phoned ~ times', 'emailed ~ times', 'been waiting', 'still waiting', 'waiting since', 'waited', 'keep* ringing|calling|phoning|chasing',
      'keep* being told', 'told ~ would', 'was told', 'were told', 'been told', 'same problem', 'same issue', 'nothing has changed', 'no better', 'same as last', 'like last time', 'happened before', 'third|fourth|fifth|sixth|seventh ~ time|letter|call|email|visit', 'lost count', 'told ~ about ~ in|since', 'mentioned ~ to', 'as before', 'same as before', 'since january|february|march|april|may|june|july|august|september|october|november|december', 'since last year'],
    cy: [
      'eto', 'unwaith eto', 'dal', 'dal i', 'dal heb', 'dal ddim', 'sawl gwaith', 'llawer o gwaith', 'droeon', 'dro ar ol tro',
      'dwy|tair|tri|pedair|pump|chwe|2|3|4|5|6 gwaith', 'ddwywaith', 'dwywaith', 'bob tro', 'wedi dod yn ol', 'dod yn ol', 'yn ol eto', 'ers wythnosau',
      'ers misoedd', 'ers mis', 'ers wythnos', 'ers blwyddyn', 'ers oesoedd', 'ers amser', 'ers hydref|haf|gwanwyn|gaeaf|nadolig|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|tachwedd|rhagfyr',
      'wedi rhoi gwybod', 'rhoi gwybod yn barod', 'wedi ffonio', 'ffonio ~ gwaith', 'wedi cwyno', 'cwyno o yr blaen', 'o yr blaen', 'yn barod',
      'aros ers', 'dal i aros', 'wedi aros', 'wedi bod yn aros', 'yr un broblem', 'yr un peth', 'dim byd wedi newid', 'fisoedd', 'wythnosau', 'yr un fath a', 'fel tro diwethaf', 'fel y tro dwetha', 'wedi digwydd o yr blaen', 'trydydd|pedwerydd|pumed|chweched ~ tro|llythyr|galwad|gwaith', 'bum gwaith', 'pum gwaith', 'wedi colli cownt', 'son wrth', 'wedi son', 'gweud wrthoch', 'dweud wrthoch', 'rhoddais wybod', 'rhoi gwybod ~ ers', 'ers mis ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr', 'ers llynedd', 'ers y gwanwyn|haf|hydref|gaeaf'],
  },
  failure: {
    en: [
      'no show', 'no-show', 'didnt turn up', 'didnt show', 'didnt come', 'didnt arrive', 'never turned up', 'never came', 'never showed',
      'never arrived', 'never happened', 'never called', 'never rang', 'never got back', 'never heard', 'nobody came', 'nobody turned up',
      'nobody showed', 'nobody has been', 'nobody has come', 'nobody came back', 'noone came', 'noone turned up', 'noone has been', 'noone has come',
      'nobody got back', 'noone got back', 'nobody called', 'noone called', 'nobody rang', 'noone rang', 'no one has', 'missed appointment*',
      'missed ~ appointment*', 'waited in all day', 'waited in', 'waiting in all day', 'took ~ day off', 'cancelled ~ appointment*',
      'appointment* ~ cancelled', 'no response', 'no reply', 'no answer', 'not responded', 'not replied', 'havent responded', 'havent replied',
      'hasnt responded', 'hasnt replied', 'havent heard', 'hasnt been', 'not been fixed', 'not fixed', 'still not', 'still no', 'still hasnt',
      'still havent', 'still broken', 'still leaking', 'still waiting', 'not been done', 'nothing done', 'nothing has been done', 'nothing was done',
      'nothing happened', 'nothing happens', 'nothing ever', 'nobody|noone ~ done anything|nothing', 'hasnt|havent|not ~ done anything',
      'done nothing', 'did nothing', 'doing nothing', 'after two|three|four|five|2|3|4|5|several|many ~ visits|calls|appointments|repairs', 'promised', 'promise*', 'supposed to', 'meant to', 'said they would', 'said he would',
      'said she would', 'no one came', 'nobody turned', 'left without', 'walked off', 'not come back', 'never came back', 'didnt come back',
      'didnt finish', 'not finished', 'unfinished', 'never finished', 'never completed', 'not completed', 'nobody has fixed', 'noone has fixed', 'half finished', 'half done', 'forgot', 'lost my', 'no follow up', 'no update',
      'not called back', 'didnt call back', 'never called back', 'no one called back', 'nobody called back', 'not acknowledged', 'no acknowledgement',
      'not good enough', 'said ~ would|will', 'still nothing', 'nothing yet', 'nobody helps', 'noone helps', 'nobody is helping', 'noone is helping', 'on hold for', 'cut me off', 'kept me on hold', 'hung up on me', 'no one got back', 'never heard back', 'heard nothing', 'not heard anything', 'havent heard anything', 'havent had', 'not had a', 'no acknowledgement', 'no call back', 'no callback', 'cancelled', 'cancelled again', 'thanks for nothing', 'cheers for nothing', 'stillwaiting', 'noone is working', 'nobody is working', 'no progress', 'wrong information', 'wrong advice', 'misinformed', 'told me the wrong', 'never approved', 'no record of', 'lost ~ paperwork|documents|forms|application', 'its now january|february|march|april|may|june|july|august|september|october|november|december', 'that was ~ weeks|months ~ ago', 'that was in january|february|march|april|may|june|july|august|september|october|november|december', 'nobody ever told', 'noone ever told', 'never told', 'wasnt told', 'werent told', 'not told', 'nobody was', 'noone was', 'said hed|shed|theyd|youd ~ send|come|call|ring|fix|sort|be|get|look|arrange|book|phone', 'no help', 'didnt help', 'no support', 'wrong address', 'wrong door', 'never acknowledged', 'havent received ~ acknowledgement', 'no letter explaining', 'without explanation', 'no explanation', 'it is now ~ january|february|march|april|may|june|july|august|september|october|november|december', 'said ring back', 'told me to ring back', 'nothing ~ done', 'reported ~ in ~ january|february|march|april|may|june|july|august|september|october|november|december', 'still ~ dont|doesnt|isnt|wont|not|no', 'explain why', 'why did nobody|noone', 'why didnt', 'no access card', 'another ~ card', 'hours on the phone', 'normal print', 'not in large print', 'asked for ~ large print|braille|welsh|email|easy read'],
    cy: [
      'ddim hyd yn oed', 'heb hyd yn oed', 'wnaeth ~ ddim dod|troi|galw|ffonio', 'neb wedi gwneud dim|unrhyw', 'heb wneud dim', 'ddim wedi gwneud dim|unrhyw', 'dim byd wedi ei|cael ~ wneud', 'neb wedi dod', 'neb wedi galw', 'neb wedi ffonio', 'neb wedi cysylltu', 'neb wedi ateb', 'neb wedi bod', 'neb ~ dod', 'daeth neb',
      'ddaeth neb', 'dod neb', 'heb ddod', 'heb droi fyny', 'heb droi i fyny', 'ddim wedi dod', 'ddim wedi troi', 'ddim wedi cyrraedd',
      'byth wedi dod', 'byth wedi', 'ddim wedi ffonio', 'ddim wedi galw', 'ddim wedi cysylltu', 'heb gysylltu', 'heb ffonio', 'heb ateb',
      'dim ateb', 'dim ymateb', 'heb gael ateb', 'heb gael ymateb', 'heb glywed', 'dim gair', 'aros trwy yr dydd',
      'aros gartref', 'aros adre', 'apwyntiad ~ canslo', 'canslo ~ apwyntiad', 'colli ~ apwyntiad', 'heb trwsio', 'heb ei trwsio',
      'ddim wedi trwsio', 'ddim wedi cael ei trwsio', 'dal heb ei', 'dim byd wedi ei wneud', 'dim byd wedi digwydd', 'dim byd yn digwydd',
      'neb yn gwneud dim', 'gwneud dim', 'gwneud dim byd', 'addo', 'addewid*', 'wedi addo', 'i fod i', 'heb orffen', 'ddim wedi gorffen',
      'hanner gorffen', 'anghofio', 'wedi anghofio', 'colli', 'heb sortio', 'ddim wedi sortio', 'dim diweddariad', 'dal dim', 'dal dim byd', 'neb yn helpu', 'neb yn gwrando', 'ar hold', 'torri fi bant', 'torri fi i ffwrdd', 'cadw ~ ar hold', 'clywed dim', 'heb glywed dim', 'dim byd eto', 'neb yma', 'neb mae o hyd', 'dal neb', 'bydde rhywun', 'byddai rhywun', 'fydde rhywun', 'fyddai rhywun', 'canslo', 'canslo eto', 'diolch am ddim byd', 'dim cofnod', 'wedi colli fy', 'gwybodaeth anghywir', 'neb wedi dweud', 'heb ddweud wrtha i', 'dim help', 'ddim help', 'ches i ddim', 'chefais i ddim', 'yn dal i aros', 'trydydd tro', 'ail dro', 'nid wyf wedi derbyn', 'dim cydnabyddiaeth', 'heb gydnabod', 'heb i neb ddweud', 'neb wedi egluro', 'heb egluro', 'ni chafwyd llythyr', 'chafodd dim ei wneud', 'dim byd ei wneud', 'rhoddais wybod ~ ym mis', 'ni daeth neb', 'nid yw y gwaith ~ cwblhau|gorffen', 'heb ei cwblhau', 'dim galwad', 'dim llythyr', 'neb ~ ar gyfyl', 'dim mynediad', 'tair awr ar y ffon', 'oriau ar y ffon', 'print mawr'],
  },
  conduct: {
    en: [
      'rude', 'rudely', 'disrespect*', 'aggressive', 'shouted', 'shouting', 'swore', 'swearing', 'unprofessional', 'attitude', 'patronis*',
      'condescending', 'laughed at', 'hung up', 'put the phone down', 'racist', 'sexist', 'discriminat*', 'bully*', 'intimidat*', 'threatening',
      'mocked', 'belittled', 'dismissive', 'arrogant', 'abrupt', 'smoking in', 'smoked in', 'muddy boots', 'didnt wear', 'no mask', 'nasty', 'laughed', 'laughing at', 'humiliat*', 'degrading', 'treated me like', 'data breach', 'breach of my privacy', 'shared my ~ details|information|address', 'gave out my', 'knows my business', 'asked for welsh', 'no one here speaks welsh', 'noone here speaks welsh', 'in english anyway', 'no welsh speaker*', 'nobody|noone ~ spoke|speaks|speak ~ welsh', 'couldnt|cant|wouldnt ~ speak welsh', 'got english', 'came in english', 'letter* in english', 'reply in english', 'replied in english', 'answered in english', 'only in english', 'only english', 'wrote in welsh but|and', 'not in welsh', 'no welsh service', 'no welsh language service', 'welsh language standards', 'told me to just', 'drove off', 'didnt even knock', 'didnt knock', 'without knocking'],
    cy: ['anghwrtais', 'digywilydd', 'gweiddi', 'rhegi', 'rhegu', 'rhegodd', 'amharchus', 'agwedd', 'nawddoglyd', 'chwerthin am', 'rhoi yr ffon i lawr', 'hiliol', 'bwlio', 'bygythiol', 'cas', 'sarhaus', 'chwerthin', 'cywilyddio', 'rhannu fy manylion', 'dim un yn siarad cymraeg', 'neb yn siarad cymraeg', 'gofynnais ~ cymraeg', 'neb ~ siarad cymraeg', 'wnaeth neb siarad', 'dim siaradwr cymraeg', 'dim neb ~ cymraeg', 'llythyr* ~ yn saesneg', 'ateb ~ yn saesneg', 'ymateb ~ yn saesneg', 'yn saesneg yn unig', 'dim ond saesneg', 'dim ond yn saesneg', 'dim gwasanaeth cymraeg', 'dim gwasanaeth yn cymraeg', 'ddim yn cynnig ~ cymraeg', 'gofyn ~ am cymraeg', 'safonau yr iaith', 'safonau iaith', 'gyrru i ffwrdd', 'heb gnocio', 'heb guro'],
  },
  poor_work: {
    en: [
      'botch*', 'bodge*', 'shoddy', 'poor quality', 'poor job', 'poor work*', 'bad job', 'terrible job', 'made ~ worse', 'worse than before',
      'left ~ mess', 'left a mess', 'mess everywhere', 'damaged my', 'didnt clean', 'not cleaned', 'painted over', 'paint* over', 'not fixed properly',
      'not done properly', 'not properly', 'patched', 'patch* up', 'quick fix', 'temporary fix', 'cowboy*', 'dust all over', 'dust everywhere',
      'scratched', 'broke my', 'broken my', 'ruined my', 'flooded my', 'cut corners', 'wrong part', 'didnt fix', 'hasnt fixed', 'failed to',
    ],
    cy: ['gwaith gwael', 'gwaith blêr', 'gwaith bler', 'blêr', 'bler', 'gwaeth', 'yn waeth', 'llanast', 'peintio drosto', 'paentio drosto', 'peintio dros', 'paentio dros', 'ddim wedi ei wneud yn iawn', 'ddim yn iawn', 'llwch ym mhobman', 'llwch', 'difrodi', 'wedi torri fy', 'sbwylio', 'dros dro', 'peintio fo', 'paentio fo', 'di dod nol', 'wedi dod nol'],
  },
  handling: {
    en: [
      'nothing ~ done about', 'not doing anything', 'arent doing anything', 'isnt doing anything', 'wont do anything', 'do nothing', 'does nothing',
      'done nothing', 'did nothing', 'no action', 'not taken action', 'no one is doing', 'nobody is doing', 'not dealt with', 'not being dealt with',
      'not handled', 'handled badly', 'badly handled', 'not taking ~ seriously', 'not take ~ seriously', 'not investigated', 'closed ~ case',
      'case ~ closed', 'not interested', 'keep* saying', 'passing the buck', 'not following up', 'no one gets back', 'nobody gets back',
    ],
    cy: ['dim byd ~ wneud', 'ddim yn gwneud dim', 'neb yn gwneud', 'gwneud dim', 'dim gweithredu', 'ddim yn delio', 'heb ddelio', 'ddim o ddifrif', 'cau yr achos', 'achos ~ cau', 'ddim yn cymryd ~ o ddifrif', 'ddim yn malio', 'dim ots', 'neb yn malio'],
  },
  remedy: {
    en: ['compensat*', 'apology', 'apologise', 'apologize', 'say sorry', 'refund', 'rent reduction', 'goodwill', 'put right', 'make it right', 'money back', 'refunded', 'money back', 'pay me back', 'reimburse*'],
    cy: ['iawndal', 'ymddiheuriad', 'ymddiheuro', 'dweud sori', 'ad-daliad', 'gostyngiad rhent', 'unioni', 'arian yn ol', 'arian nol', 'arian ~ yn ol', 'talu ~ yn ol'],
  },
  request: {
    en: [
      'can you', 'could you', 'can someone', 'could someone', 'can i', 'could i', 'please', 'need someone', 'need a', 'need to', 'need* fixing',
      'needs ~ fixing|repairing|looking_at|sorting|replacing', 'would like', 'id like', 'like to', 'want to report', 'reporting', 'report a|an',
      'is it possible', 'possible to', 'how do i', 'how can i', 'when is', 'when will', 'when can', 'what time', 'book', 'booking', 'arrange',
      'rearrange', 'reschedule', 'move my appointment', 'change my appointment', 'send someone', 'come and', 'come out', 'have a look', 'look at',
      'fix', 'repair', 'sort', 'replace', 'help', 'advice', 'wondering', 'do you', 'is there', 'are you able', 'any chance',
      'apply', 'application', 'transfer', 'exchange', 'pay my rent', 'rent account', 'direct debit', 'what is', 'what are', 'how much',
      'permission', 'allowed to', 'am i allowed', 'request', 'swap*', 'swapping', 'exchange*', 'adaptation*', 'what day', 'what number', 'whats the number', 'number for', 'who do i', 'who should i', 'where do i', 'contact details'],
    cy: [
      'allech chi', 'allwch chi', 'gallech chi', 'gallwch chi', 'oes modd', 'posib', 'posibl', 'plis', 'os gwelwch yn dda', 'angen', 'isio', 'eisiau',
      'hoffwn', 'hoffen', 'licien', 'ga i', 'gaf i', 'cael', 'sut dw i', 'sut mae', 'pryd', 'pryd fydd', 'pryd mae', 'trefnu', 'aildrefnu',
      'newid fy apwyntiad', 'anfon rhywun', 'dod i edrych', 'edrych ar', 'trwsio', 'atgyweirio', 'sortio', 'newid', 'help', 'helpu', 'cyngor',
      'tybed', 'oes', 'ydy hi', 'gwneud cais', 'cais', 'trosglwyddo', 'cyfnewid', 'talu rhent', 'debyd uniongyrchol', 'faint',
      'caniatad', 'yn cael', 'rhoi gwybod am', 'addasiad*', 'pa ddiwrnod', 'beth yw yr rhif', 'be di yr rhif', 'rhif ar gyfer', 'pwy dw i', 'at bwy', 'ble dw i', 'sut mae cysylltu'],
  },
  fault: {
    en: [
      'broken', 'broke', 'break*', 'leak*', 'drip*', 'not working', 'doesnt work', 'dont work', 'isnt working', 'stopped working', 'wont work',
      'blocked', 'damp', 'mould', 'mold', 'mouldy', 'condensation', 'crack*', 'loose', 'stuck', 'faulty', 'fault', 'no hot water', 'no heating',
      'no water', 'no power', 'no electric*', 'infestation', 'infested', 'overflow*', 'flood*', 'smells', 'stink*', 'rotten', 'rotting', 'hole in',
      'wont lock', 'wont close', 'wont open', 'wont flush', 'came off', 'fallen off', 'falling off', 'falling down', 'peeling', 'bubbling', 'damaged',
      'missing', 'needs replacing', 'needs fixing', 'needs repairing', 'needs looking at', 'dripping', 'flickering', 'tripping', 'keeps tripping',
      'backing up', 'coming away', 'hanging off', 'mice', 'rats', 'cockroach*', 'bed bugs', 'wasps nest', 'graffiti', 'fly tipping', 'fly-tipped',
      'overgrown', 'smashed', 'shattered', 'jammed', 'seized', 'cold', 'freezing', 'draught*', 'drafty', 'noisy', 'banging', 'gurgling', 'sparking', 'wont shut', 'doesnt shut', 'come off', 'came off', 'swollen', 'dumping', 'dumped', 'burnt out', 'abandoned', 'not closing', 'not shutting', 'split', 'snapped', 'bent', 'wobbly', 'uneven'],
    cy: [
      'wedi torri', 'torri', 'gollwng', 'yn gollwng', 'diferu', 'ddim yn gweithio', 'ddim yn gwitho', 'wedi stopio', 'wedi blocio', 'blocio',
      'tamprwydd', 'lleithder', 'llwydni', 'damp', 'mould', 'anwedd', 'crac', 'cracio', 'rhydd', 'sownd', 'nam', 'dim dwr poeth', 'dim gwres',
      'dim dwr', 'dim trydan', 'oer', 'gorlif*', 'llifogydd', 'drewi', 'twll yn', 'wedi pydru', 'pydru', 'wedi disgyn', 'disgyn', 'wedi cwympo',
      'plicio', 'ar goll', 'angen ei trwsio', 'angen trwsio', 'angen newid', 'fflachio', 'llygod', 'chwilod', 'graffiti', 'tipio', 'wedi malu',
      'malu', 'rhewi', 'drafft', 'swnllyd', 'ddim yn cau', 'ddim yn agor', 'ddim yn cloi', 'ddim yn fflysio', 'dod i ffwrdd', 'dod off', 'wedi dod i ffwrdd', 'wedi chwyddo', 'tipio', 'wedi ei adael', 'ddim yn cau yn iawn', 'wedi hollti', 'simsan'],
  },
  thing: {
    en: [
      'boiler', 'radiator*', 'heating', 'hot water', 'toilet', 'loo', 'shower', 'bath', 'sink', 'tap', 'taps', 'drain*', 'gutter*', 'roof', 'window*',
      'door*', 'lock', 'fence', 'gate', 'lift', 'light*', 'socket*', 'fuse*', 'trip switch', 'ceiling', 'wall*', 'floor*', 'stairs', 'staircase',
      'garden', 'tree*', 'kitchen', 'bathroom', 'bedroom', 'cupboard*', 'extractor', 'fan', 'alarm', 'smoke alarm', 'intercom', 'buzzer', 'door entry',
      'rubbish', 'bins', 'bin store', 'communal', 'hallway', 'landing', 'repair*', 'pipe*', 'sewage', 'gas', 'electrics', 'wiring', 'carpet', 'tiles',
      'plaster', 'oven', 'cooker', 'hob', 'worktop', 'cabinet*', 'handle', 'hinge', 'letterbox', 'doorbell', 'path', 'paving', 'fencing', 'shed',
      'garage', 'parking', 'car park', 'estate', 'block', 'flat', 'house', 'property', 'home', 'neighbour*', 'appointment*', 'inspection', 'survey',
      'rent', 'tenancy', 'keys', 'meter', 'thermostat', 'immersion', 'cylinder', 'cistern', 'grass', 'hedge*', 'playground', 'cctv',
    ],
    cy: [
      'boeler', 'rheiddiadur*', 'gwres', 'gwresogi', 'dwr poeth', 'toiled', 'cawod', 'bath', 'sinc', 'tap', 'tapiau', 'draen*', 'cafn*',
      'ffenest*', 'drws', 'drysau', 'clo', 'ffens', 'giat', 'lifft', 'golau', 'goleuadau', 'soced', 'ffiws', 'nenfwd', 'wal', 'waliau', 'llawr',
      'grisiau', 'gardd', 'coeden', 'coed', 'cegin', 'ystafell ymolchi', 'stafell molchi', 'ystafell wely', 'llofft', 'cwpwrdd', 'cypyrddau', 'ffan',
      'larwm', 'larwm mwg', 'sbwriel', 'biniau', 'cymunedol', 'cyntedd', 'pibell*', 'carthion', 'nwy', 'trydan', 'gwifrau', 'carped', 'teils',
      'plastr', 'popty', 'ffwrn', 'handlen', 'llwybr', 'sied', 'garej', 'parcio', 'ystad', 'bloc', 'fflat', 'ty', 'cartref', 'eiddo', 'cymydog*',
      'cymdogion', 'apwyntiad*', 'archwiliad', 'rhent', 'tenantiaeth', 'allweddi', 'goriadau', 'mesurydd', 'thermostat', 'glaswellt', 'gwair', 'gwrych',
    ],
  },
  my_complaint: {
    en: ['my complaint', 'the complaint', 'our complaint', 'complaint i made', 'complaint i sent', 'complaint i put in', 'complaint i raised', 'my case', 'this complaint'],
    cy: ['fy cwyn', 'ein cwyn', 'yr cwyn', 'y cwyn', 'cwyn wnes i', 'cwyn nes i', 'fy achos', 'yr achos'],
  },
  locked_out: {
    en: ['locked ~ out', 'lost my keys', 'lost ~ keys', 'key ~ snapped', 'cant get in'],
    cy: ['cloi ~ allan', 'colli ~ allweddi|goriadau|goriad', 'methu mynd i mewn', 'methu cael mewn'],
  },
  agent_fault: {
    en: [
      'contractor*|workm*|workers|builders|operative*|plumber*|electrician*|engineer*|surveyor*|officer|staff|caretaker|cleaner*|roofer*|painter*|joiner*|gas_man|repair_man|your_office|someone_from_your ~ left|dumped|damaged|broke|smashed|gave|lost|refused|forgot|ignored|flooded|scratched|cut|drilled|walked_off|went_home|took',
      'said ~ fine|ok|okay|sorted|fixed|nothing_wrong|safe|done',
      'knocked|damaged|broken|smashed|left|ruined|scratched|flooded|dumped ~ by ~ your|the|a ~ contractor*|workm*|workers|builders|operative*|plumber*|electrician*|engineer*|staff|van', 'told ~ sorted|fixed|fine|nothing_wrong', 'gave ~ my ~ address|number|details', 'gave out my', 'fitter*|roofers|scaffolders|decorators ~ cracked|broke|damaged|dropped|left|smashed|ruined'],
    cy: [
      'gadael|gadawodd|taflu|difrodi|torri|malu|rhoi|rhoddodd|colli|anghofio|gwrthod|anwybyddu ~ gweithwyr|contractw*|plymwr|plymar|trydanwr|adeiladwyr|swyddog|staff|gofalwr|peiriannydd|dyn_nwy|dyn_trwsio',
      'gweithwyr|contractw*|plymwr|plymar|trydanwr|adeiladwyr|swyddog|staff|gofalwr|peiriannydd ~ gadael|taflu|difrodi|torri|malu|rhoi|colli|anghofio|gwrthod|mynd_adref|mynd_adra|mynd_gartref',
      'dweud|wedodd|dwedodd|ddwedodd|ddwedon|dwedon|dywedodd|dywedon ~~ iawn|sortio|trwsio|wedi_ei_wneud|saff|dim_byd_o_le', 'rhoi|rhoddodd ~~ fy ~ cyfeiriad|rhif|manylion', 'gweithwyr|contractw*|plymwr|plymar|trydanwr|adeiladwyr ~ smocio|ysmygu'],
  },
  asb: {
    en: [
      'neighbour*', 'neighbor*', 'next door', 'upstairs', 'downstairs', 'loud music', 'noise', 'noisy', 'party', 'parties', 'shouting', 'drugs',
      'dealing', 'anti social', 'antisocial', 'asb', 'harass*', 'dog fouling', 'barking', 'smoking weed', 'cannabis', 'weed', 'youths', 'kids hanging',
    ],
    cy: ['cymydog*', 'cymdogion', 'drws nesaf', 'drws nesa', 'lan lofft', 'lawr llawr', 'sŵn', 'swn', 'swnllyd', 'cerddoriaeth', 'parti', 'partion', 'cyffuriau', 'ymddygiad gwrthgymdeithasol', 'gwrthgymdeithasol', 'aflonyddu', 'baw ci', 'cyfarth', 'canabis'],
  },
  praise: {
    en: [
      'thank*', 'thanks', 'cheers', 'compliment*', 'brilliant', 'excellent', 'fantastic', 'great job', 'great work', 'great service', 'well done',
      'amazing', 'lovely', 'helpful', 'credit to', 'grateful', 'appreciate*', 'kudos', 'shout out', 'shoutout', 'impressed', 'pleased',
      'happy with', 'really happy', 'so happy', 'spot on', 'top notch', 'polite', 'friendly', 'professional', 'superb', 'praise', 'star',
      'good job', 'nice job', 'love the', 'love my', 'looks great', 'looks amazing', 'perfect', 'quick', 'quickly', 'efficient', 'thank* ~ for ~ fixing|sorting|repairing|coming|help*|doing|getting|replacing|clearing|cleaning|listening|being|your', 'thank* ~ to', 'big thanks', 'many thanks'],
    cy: [
      'diolch*', 'canmol', 'canmoliaeth', 'gwych', 'ardderchog', 'arbennig', 'da iawn', 'bendigedig', 'ffantastig', 'hyfryd', 'help mawr',
      'defnyddiol', 'clod', 'ddiolchgar', 'gwerthfawrogi', 'hapus iawn', 'hapus gyda', 'hapus efo', 'hapus a', 'cwrtais', 'cyfeillgar', 'clen',
      'proffesiynol', 'penigamp', 'seren', 'gwaith da', 'edrych yn wych', 'perffaith', 'cyflym', 'sydyn', 'effeithlon', 'ffeind', 'diolch ~ am ~ trwsio|sortio|helpu|dod|gwneud|newid|clirio|glanhau|gwrando', 'diolch i', 'diolch o galon', 'diolch yn fawr am',
      // "yn dda iawn" keeps its mutation (the tokeniser knows "dda" from "os gwelwch yn dda"), and
      // praise as it is said north and south: "chwarae teg i'r hogia", "grêt", "tsiampion", "ffab", "lyfli".
      'dda iawn', 'job dda', 'hynod o dda', 'chwarae teg i|iddo|iddi|iddyn|ichi|iddynt', 'gret', 'tsiampion', 'ffab', 'ffabiwlys', 'lyfli', 'briliant', 'da iawn chi'],
  },
  suggestion: {
    en: ['suggest*', 'idea', 'would be nice', 'would be good', 'would be great', 'would be lovely', 'would be helpful', 'why not', 'it would help', 'could you consider', 'have you thought', 'feedback', 'recommend', 'should have a|an|more', 'add a|an|more', 'put a|an|more|some', 'maybe ~ could', 'maybe do', 'how about', 'what about', 'would love', 'more of these', 'more events', 'could you add', 'could you put'],
    cy: ['awgrym*', 'syniad', 'byddai yn braf', 'byddai yn dda', 'byddai yn wych', 'byddai yn help', 'fyddai yn braf', 'fyddai yn dda', 'fasa yn', 'basai yn', 'pam ddim', 'adborth', 'argymell', 'ystyried', 'beth am', 'be am', 'mwy o yr rhain', 'mwy o digwyddiadau', 'falle gallech', 'efallai gallech', 'byddai yn neis'],
  },
  escalation: {
    en: [
      'stage 2', 'stage two', 'second stage', 'next stage', 'escalat*', 'take ~ further', 'taking ~ further', 'take this higher', 'appeal ~ decision',
      'appeal ~ outcome', 'appeal ~ response', 'review ~ complaint', 'review of my complaint', 'not accept ~ response|outcome|decision|answer|findings',
      'dont accept ~ response|outcome|decision|answer|findings', 'disagree with ~ response|outcome|decision|findings|answer|reply',
      'not agree with ~ response|outcome|decision|findings|answer|reply', 'dont agree with ~ response|outcome|decision|findings|answer|reply',
      'reject ~ response|outcome|decision|findings', 'manager to review', 'independent review', 'challenge ~ decision|outcome',
      'not_happy|unhappy|not_satisfied|dissatisfied|disappointed ~ with ~ response|outcome|decision|answer|reply|findings|resolution',
      'not_happy|unhappy|not_satisfied|dissatisfied ~ with ~ how ~ complaint ~ dealt|handled|resolved', 'response ~ complaint ~ not good enough|unacceptable|rubbish|wrong', 'looked at by ~ manager|someone_senior|someone_else', 'want ~ reviewed', 'review it', 'want it reviewed', 'escalated', 'next level', 'higher level', 'go higher', 'can this go higher', 'next step', 'what happens next', 'someone else ~ look', 'can we go to stage 2'],
    cy: [
      'cam 2', 'cam dau', 'ail gam', 'yr cam nesaf', 'cam nesaf', 'uwchgyfeirio', 'mynd a ~ ymhellach', 'mynd ~ ymhellach', 'ymhellach',
      'apelio', 'herio ~ penderfyniad', 'ddim yn derbyn ~ ymateb|penderfyniad|ateb|canlyniad', 'anghytuno ~ ymateb|penderfyniad|ateb|canlyniad',
      'ddim yn cytuno ~ ymateb|penderfyniad|ateb|canlyniad',
      'adolygu ~ cwyn', 'adolygiad ~ cwyn', 'ddim_yn_hapus|anhapus|siomedig ~ ymateb|ateb|penderfyniad|canlyniad', 'ddim yn fodlon ~ ymateb|ateb|penderfyniad|canlyniad', 'rheolwr ~ edrych', 'edrych arno eto gan', 'adolygu hi|fe|o', 'cam nesa', 'lefel nesaf', 'lefel nesa', 'uwchgyfeiri*', 'ddim yn happy ~ response|ymateb|ateb', 'rhywun arall edrych', 'camau nesaf', 'next step'],
  },
  response_ref: {
    en: ['response', 'outcome', 'decision', 'reply', 'answer', 'findings', 'letter', 'stage 1', 'stage one', 'first stage', 'resolution', 'investigation', 'offered', 'you offered', 'apologised', 'your letter', 'closed my complaint', 'closed it'],
    cy: ['ymateb', 'canlyniad', 'penderfyniad', 'ateb', 'llythyr', 'cam 1', 'cam un', 'cam cyntaf', 'ymchwiliad', 'darganfyddiadau', 'cynnig', 'gynigiwyd', 'wedi ymddiheuro', 'eich llythyr', 'cau fy cwyn'],
  },
  status: {
    en: [
      'any update*', 'any news', 'any progress', 'update on', 'update about', 'progress on', 'progress of', 'status of', 'where is my', 'wheres my',
      'where are we', 'whats happening with', 'what is happening with', 'what happened to my', 'heard back', 'hear back', 'chasing my',
      'chasing up my', 'follow up on', 'following up', 'check on my', 'checking on', 'checking in on', 'when will i hear', 'when will i get',
      'when do i get', 'how long will ~ take', 'how long until', 'whats the latest', 'latest on', 'still being looked at', 'been looked at',
      'reference number', 'my reference', 'case number', 'has anyone looked at', 'anyone looked at', 'did you get|receive ~ complaint', 'has it been received', 'been received', 'who is dealing with', 'whos dealing with', 'just checking', 'checking where', 'up to', 'deadline for', 'when will i get ~ response|reply|answer', 'when do i get ~ response|reply|answer', 'when should i hear', 'not heard back about my complaint', 'what stage', 'which stage', 'update ~ complaint', 'update ~~ my complaint', 'when will ~ stage 2|stage_two|stage 1 ~ reply|response|answer|come', 'wondering whether', 'wondering if', 'just wondering', 'given to someone', 'has ~ complaint ~ been', 'date ~ response ~ due', 'response is due', 'when is ~ due', 'been acknowledged yet', 'deadline', 'just want to know if|whether', 'want to know if ~ received|got'],
    cy: [
      'unrhyw newyddion', 'oes newyddion', 'newyddion am', 'diweddariad', 'unrhyw ddiweddariad', 'ble mae fy', 'ble mae yr', 'lle mae fy',
      'beth sy yn digwydd', 'beth sydd yn digwydd', 'be sy yn digwydd', 'be sydd yn digwydd', 'beth ddigwyddodd i', 'clywed yn ol', 'clywed gennych',
      'pryd fydda i yn clywed', 'pa mor hir fydd', 'sut mae fy cwyn', 'cyfeirnod', 'rhif achos', 'dilyn i fyny', 'wedi cyrraedd', 'edrych ar fy cwyn', 'pwy sy yn delio', 'pwy sydd yn delio', 'dyddiad cau', 'pryd ga i ymateb', 'pryd ga i ateb', 'pryd fydd ymateb', 'ydy rhywun wedi edrych', 'wedi derbyn fy cwyn', 'gawsoch chi fy cwyn', 'ar ba gam', 'pa gam', 'wedi edrych ar ~ cwyn', 'rhywun wedi edrych ar', 'pryd fydd ~ ymateb|ateb|reply', 'diweddariad ~~ cwyn', 'lle dach chi arni', 'ble dych chi arni', 'lle ydach chi arni', 'lle ydych chi arni', 'wedi cyrraedd cam', 'tybed a', 'tybed os', 'moyn gwybod os', 'isio gwybod os', 'eisiau gwybod os', 'wedi cael y cwyn', 'dyddiad cau', 'lle mae cwyn', 'ble mae cwyn', 'cwyn i arni', 'digwydd gyda ~ cwyn', 'newyddion ~ cwyn', 'hanes ~ cwyn', 'unrhyw hanes'],
  },
  greeting: {
    en: ['hi', 'hello', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'morning', 'yo', 'test', 'testing', 'ok', 'okay', 'start'],
    cy: ['helo', 'shwmae', 'shwmai', 'smae', 'sut mae', 'bore da', 'prynhawn da', 'noswaith dda', 'sumai', 'haia', 'dechrau', 'iawn'],
  },
  legal_court: {
    en: [
      'court claim', 'court case', 'court hearing', 'court date', 'court papers', 'court proceedings', 'court order', 'court summons', 'issued ~ claim|proceedings',
      'filed ~ claim|proceedings', 'claim ~ issued|filed', 'claim form', 'legal proceedings', 'proceedings ~ issued|started|against', 'possession order',
      'possession proceedings', 'possession claim', 'possession hearing', 'eviction hearing', 'hearing ~ court', 'in court', 'county court', 'before a judge',
      'injunction', 'going to court on', 'court next', 'case ~ in ~ court', 'taken ~ to court', 'taking ~ to court ~ already', 'already ~ court',
      'solicitor* ~ issued|filed|started ~ claim|proceedings|case', 'solicitors are dealing', 'my solicitor is dealing', 'solicitor is handling', 'taken me to court', 'taking me to court', 'evict me', 'evicting me', 'possession of my home'],
    cy: [
      'achos llys', 'hawliad llys', 'gwrandawiad', 'yn yr llys', 'papurau llys', 'dyddiad llys', 'gorchymyn llys', 'achos cyfreithiol', 'camau cyfreithiol ~ dechrau|cychwyn',
      'gorchymyn meddiant', 'achos meddiant', 'hawliad meddiant', 'gwaharddeb ~~ ei|eu ~ erbyn', 'cyfreithiwr ~ delio|cychwyn|dechrau', 'wedi mynd i yr llys', 'mynd i yr llys ar', 'llys sirol', 'cyflwyno hawliad', 'mynd a fi i yr llys', 'wedi mynd a ~ i yr llys', 'gael yr ty yn ol', 'cael yr ty yn ol'],
  },
  legal_mention: {
    en: ['court', 'solicitor*', 'lawyer*', 'legal action', 'sue', 'suing', 'judge', 'legal'],
    cy: ['llys', 'cyfreithiwr', 'cyfreithwyr', 'twrnai', 'cyfreithiol', 'siwio'],
  },
  legal_letter: {
    en: ['letter of claim', 'letter before action', 'pre action', 'pre-action', 'protocol letter', 'letter from my solicitor', 'solicitors letter'],
    cy: ['llythyr hawlio', 'llythyr cyn achos', 'llythyr gan fy nghyfreithiwr', 'llythyr cyfreithiwr'],
  },
  injury: {
    en: ['injur*', 'hurt myself', 'hurt my', 'got hurt', 'fell', 'fallen', 'tripped', 'slipped', 'broke my wrist|arm|leg|ankle|hip|foot|hand|finger|toe|nose',
      'broken wrist|arm|leg|ankle|hip|foot', 'sprained', 'cut my', 'burnt my', 'burned my', 'bruised', 'stitches', 'a&e', 'hospital', 'personal injury', 'accident', 'cut his|her|their ~ hand|head|leg|arm|foot|finger', 'my son|daughter|child|husband|wife|mum|dad ~ fell|tripped|slipped|hurt|injured'],
    cy: ['anaf*', 'brifo', 'wedi brifo', 'syrthio', 'syrthiais', 'cwympo', 'cwympais', 'baglu', 'llithro', 'torri fy arddwrn|mraich|nghoes|ffer|nhroed|llaw|bys', 'ysbyty', 'damwain', 'pwythau', 'clais', 'torri ~ llaw|pen|coes|braich|troed|bys'],
  },
  damaged_belongings: {
    en: ['damaged ~ belongings|furniture|carpet*|clothes|items|possessions|sofa|bed|tv|laptop|stuff|things', 'ruined ~ belongings|furniture|carpet*|clothes|sofa|bed|tv|stuff|things',
      'destroyed ~ belongings|furniture|carpet*|clothes|stuff|things', 'belongings', 'possessions', 'my furniture', 'my carpet*', 'my clothes', 'my sofa', 'replace my', 'cost of replacing', 'into my car', 'my car', 'my van', 'my bike', 'my phone', 'my laptop', 'my tv'],
    cy: ['eiddo', 'dodrefn', 'carped', 'dillad', 'soffa', 'gwely', 'teledu', 'pethau', 'difrodi fy', 'difetha', 'wedi difetha', 'talu am fy', 'cost ~ newid', 'fy car', 'i fy car', 'fy fan', 'fy ffon', 'fy ngliniadur', 'fy teledu', 'soffa', 'teledu'],
  },
  claim_money: {
    en: ['claim', 'claiming', 'compensat*', 'pay for', 'pay me', 'reimburse*', 'cost of', 'insurance', 'insurer*', 'liable', 'liability', 'money for', 'refund', 'who is paying', 'whos paying', 'who pays', 'who will pay', 'insurance details', 'pay for the damage', 'pay for it', 'cover the cost', 'claim*'],
    cy: ['hawlio', 'hawliad', 'iawndal', 'talu am', 'talu i mi', 'yswiriant', 'yswirwyr', 'atebol', 'arian am', 'cost', 'pwy sy yn talu', 'pwy sydd yn talu', 'pwy fydd yn talu', 'manylion ~ yswiriant', 'talu am yr difrod', 'talu amdano', 'talu amdan*', 'claimio', 'hawlio am'],
  },
  concluded: {
    en: ['both stages', 'through both', 'been through ~ complaints process', 'completed ~ complaints process', 'final response', 'final decision',
      'final outcome', 'reopen*', 're-open*', 'open it again', 'look at it again', 'look again at', 'revisit', 'already closed', 'exhausted ~ process|procedure|stages|complaints',
      'same complaint', 'already complained about this', 'already been through', 'start it again', 'stage 2 ~ already', 'after stage 2', 'end of your process'],
    cy: ['y ddau gam', 'dau gam', 'trwy yr ddau', 'ymateb terfynol', 'penderfyniad terfynol', 'ailagor', 'ail-agor', 'agor ~ eto', 'edrych eto ar', 'edrych arno eto', 'wedi cau yn barod', 'yr un gwyn', 'yr un cwyn', 'wedi bod trwy', 'diwedd eich proses', 'ateb terfynol', 'final stage 2'],
  },
  policy: {
    en: ['policy', 'policies', 'your rules', 'the rules', 'rule that', 'rule about', 'rent increase', 'rent rise', 'rent going up', 'rents going up',
      'rent is too high', 'rent setting', 'no pets', 'pet ban', 'not allowed pets', 'not allowed to have', 'not allowed to keep', 'blanket ban', 'ban on', 'set* ~ rent*', 'the way you ~ set|decide|allocate|charge', 'pay the same as', 'why should i pay the same', 'policy is|says'],
    cy: ['polisi', 'polisiau', 'rheolau', 'rheol', 'codiad rhent', 'cynnydd rhent', 'rhent yn codi', 'rhent rhy uchel', 'dim anifeiliaid', 'ddim yn cael cadw', 'gwaharddiad', 'gosod ~ rhent*', 'y ffordd ~ gosod', 'talu yr un peth a'],
  },
  other_org: {
    en: ['council tax', 'housing benefit', 'universal credit', 'benefits', 'dwp', 'police ~ didnt|havent|wont|never|refused|useless|arent|not_doing', 'street light*',
      'streetlight*', 'lamp post', 'bin collection', 'bins not collected', 'bins werent collected', 'bin men', 'binmen', 'refuse collection',
      'pothole*', 'school place*', 'school admission*', 'hmrc', 'tax credit*', 'water bill', 'welsh water', 'dwr cymru', 'severn trent', 'yorkshire water',
      'energy bill', 'electricity bill', 'gas bill', 'energy supplier', 'british gas', 'octopus energy', 'tv licence', 'broadband',
      'internet provider', 'virgin media', 'parking ticket', 'parking fine', 'bus service', 'royal mail', 'dvla', 'gp appointment', 'doctors appointment', 'doctor appointment', 'dentist', 'nhs dentist', 'report ~ to the police', 'tell the police', 'bins ~ collected|emptied', 'bin ~ collected|emptied', 'network rail', 'bailiff*', 'gas ~ in the street', 'gas ~ outside ~ not', 'social services', 'street lamp', 'recycling', 'council ~ emptied|empty|collected',
      // Police matters and the council's street furniture, whatever the wording around them.
      'crime number', 'crime reference', 'crime ref', 'incident number', 'bus stop', 'bus shelter'],
    cy: ['treth y cyngor', 'treth cyngor', 'budd-dal*', 'budd dal*', 'budd tal*', 'credyd cynhwysol', 'golau stryd', 'goleuadau stryd',
      'casglu biniau', 'casglu sbwriel', 'dynion bin', 'tyllau yn yr ffordd', 'lle ysgol', 'bil dwr', 'dwr cymru', 'bil trydan', 'bil nwy',
      'cyflenwr ynni', 'trwydded deledu', 'band eang', 'tocyn parcio', 'dirwy parcio', 'heddlu ~ ddim_wedi|heb|byth|gwrthod|dim_byd', 'meddyg teulu', 'apwyntiad ~ meddyg', 'deintydd', 'i yr heddlu', 'wrth yr heddlu', 'biniau ~~ casglu', 'bin ~~ casglu', 'beilïaid', 'beiliaid', 'golau yr stryd', 'goleuadau yr stryd', 'lamp stryd', 'gwasanaethau cymdeithasol', 'ailgylchu', 'cyngor ~ gwagio|casglu',
      'rhif trosedd', 'cyfeirnod trosedd', 'rhif digwyddiad', 'safle bws', 'arhosfan bws', 'lloches bws',
      // The Welsh of the English list's 'street lamp', 'pothole*', 'bin collection' as residents write them (cy16).
      'lamp y stryd', 'lampau y stryd', 'twll yn y ffordd', 'twll ~ yn y ffordd', 'tyllau yn y ffordd', 'casglu ~ bin|biniau'],
  },
  data_protection: {
    en: ['subject access', 'sar', 'my data', 'my personal data', 'personal data', 'personal information', 'my information', 'data protection',
      'gdpr', 'foi', 'freedom of information', 'copy of my file', 'copy of my records', 'information you hold', 'data you hold', 'delete my data'],
    cy: ['data personol', 'gwybodaeth bersonol', 'gwybodaeth bersonol amdana i', 'diogelu data', 'cais gwrthrych', 'rhyddid gwybodaeth', 'copi o fy ffeil', 'gwybodaeth sydd gennych', 'data sydd gennych'],
  },
  consumer_credit: {
    en: ['credit agreement', 'consumer credit', 'hire purchase', 'finance agreement', 'interest ~ added|charged', 'furniture package', 'loan agreement'],
    cy: ['cytundeb credyd', 'credyd defnyddwyr', 'cytundeb benthyciad'],
  },
  service_charge: {
    en: ['service charge*', 'service-charge*', 'ground rent', 'management fee*', 'sinking fund', 'reserve fund', 'major works bill', 'section 20'],
    cy: ['tal gwasanaeth', 'taliadau gwasanaeth', 'taliad gwasanaeth', 'tal gwasanaethau', 'rhent tir', 'ffi rheoli', 'cronfa wrth gefn'],
  },
  statutory_review: {
    en: ['review ~ decision', 'appeal ~ banding', 'banding', 'band', 'housing register', 'housing application', 'waiting list', 'allocation*',
      'lettings decision', 'succession', 'homeless* decision', 'homelessness', 'suitability', 'tenancy decision', 'introductory tenancy', 'starter tenancy',
      'demoted tenancy', 'mutual exchange refused', 'refused my mutual exchange', 'refused ~ exchange', 'refused ~ transfer', 'turned down ~ application', 'right to buy', 'right to acquire', 'introductory contract', 'end my tenancy', 'ending my tenancy', 'end my contract', 'terminate my tenancy', 'notice to quit', 'succession to', 'appeal ~ decision ~ tenancy|contract|application|banding|housing'],
    cy: ['adolygu ~ penderfyniad', 'adolygiad', 'apelio ~ band', 'band', 'bandio', 'cofrestr tai', 'cais am dai', 'cais tai', 'rhestr aros', 'dyrannu', 'dyraniad*', 'olyniaeth', 'digartref*', 'tenantiaeth ragarweiniol', 'cyfnewid ~ gwrthod', 'gwrthod ~ cyfnewid', 'gwrthod ~ trosglwyddo', 'gwrthod ~ cais', 'hawl i brynu', 'contract rhagarweiniol', 'dod a ~ contract ~ i ben', 'terfynu ~ contract|tenantiaeth', 'gorffen fy contract|tenantiaeth', 'apelio ~ penderfyniad ~ contract|tenantiaeth|cais|band'],
  },
  tribunal: {
    en: ['tribunal', 'first tier', 'first-tier', 'property chamber', 'leasehold valuation', 'lease extension', 'lease*', 'leaseholder*', 'freeholder'],
    cy: ['tribiwnlys', 'lesddaliad*', 'lesddeiliad*', 'prydles*', 'rhydd-ddeiliad'],
  },
  disrepair_claim: {
    en: ['disrepair claim', 'housing disrepair', 'disrepair case', 'no win no fee', 'claims company', 'claim management'],
    cy: ['hawliad adfeiliad', 'adfeiliad', 'dim ennill dim ffi'],
  },
  ombudsman_already: {
    en: ['ombudsman is|are ~ investigat*|looking|involved|dealing|considering', 'ombudsman ~ investigating', 'with the ombudsman', 'gone to the ombudsman',
      'went to the ombudsman', 'referred ~ to the ombudsman', 'taken ~ to the ombudsman', 'complained to the ombudsman', 'the ombudsman has', 'ombudsman case',
      'ombudsman reference', 'hos investigating', 'housing ombudsman is', 'ombudsman already', 'already with ~ ombudsman', 'ombudsman ~~ investigat*|accepted|looking_into|considering', 'ombudsman has ~ accepted|opened|started'],
    cy: ['ombwdsmon ~ ymchwilio', 'ombwdsmon yn edrych', 'gyda yr ombwdsmon', 'gyda ombwdsmon', 'efo yr ombwdsmon', 'wedi mynd at yr ombwdsmon', 'wedi cwyno wrth yr ombwdsmon', 'at yr ombwdsmon yn barod', 'ombwdsmon yn barod', 'achos ombwdsmon', 'ombwdsmon ~~ ymchwilio|derbyn|edrych_i_mewn', 'ombwdsmon wedi derbyn'],
  },
  long_ago: {
    en: ['years ago', 'year ago', 'two years', 'three years', 'four years', 'five years', 'back in 20*', 'in 2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024',
      'in 201*', 'back in', 'long time ago', 'ages ago', 'when i moved in', 'from 20*', 'during covid', 'during lockdown', 'in lockdown', 'back in ~ 20*', 'in ~ january|february|march|april|may|june|july|august|september|october|november|december ~ 20*', 'summer|winter|spring|autumn ~ 20*'],
    cy: ['blynyddoedd yn ol', 'blwyddyn yn ol', 'dwy flynedd', 'tair blynedd', 'pedair blynedd', 'pum mlynedd', 'flynyddoedd', 'nol yn 20*', 'yn 20*', 'yn ol yn', 'amser maith yn ol', 'pan symudais i mewn', 'yn ystod covid', 'yn ystod y cyfnod clo', 'yn ol yn ~ 20*', 'haf|gaeaf|gwanwyn|hydref ~ 20*', 'ym mis ~ 20*'],
  },
  ongoing: {
    en: ['still', 'ongoing', 'continues', 'continuing', 'ever since', 'since then', 'to this day', 'every winter', 'every year', 'keeps', 'waiting for', 'been waiting', 'for years', 'in a row', 'running', 'every year'],
    cy: ['dal', 'parhau', 'byth ers', 'ers hynny', 'hyd heddiw', 'bob gaeaf', 'bob blwyddyn', 'aros ers', 'ers', 'o hyd', 'yn olynol'],
  },
  urgent_gas: {
    // sixteenth safety pass (issue #19): a smell of gas in the words people use for a faint or a foul one ('a whiff of gas', 'drewdod nwy')
    en: ['whiff|pong|stench|stink ~ of? gas', 'smell of gas', 'smell gas', 'smells of gas', 'smelling gas', 'gas smell', 'gas leak', 'leaking gas', 'gas escape', 'carbon monoxide', 'co alarm', 'co detector', 'gas smell', 'smell ~ gas', 'smell* ~ gas', 'co alarm ~ going off|beeping|sounding', 'carbon monoxide ~ alarm|detector', 'gas ~ escaping', 'hissing ~~ gas', 'gas ~~ hissing', 'gas alarm ~ going off|beeping|sounding', 'stinks|stinking|reeks|reeking ~ of gas', 'gas is? leaking|escaping', 'headache*|dizzy|dizziness|drowsy|nause* ~~ boiler|gas_fire|heater', 'boiler|gas_fire|heater ~~ headache*|dizzy|dizziness|drowsy|nause*', 'black|soot|sooty|brown ~ marks|stains|staining ~~ boiler|gas_fire|heater', 'rotten eggs', 'smell* ~~ like|of ~ rotten_eggs', 'gas_pipe|gas_main|gas_meter ~~ hissing|hit|damaged|cracked|broken|leak*', 'detector|alarm|monitor ~~ carbon_monoxide|co ~~ reading|numbers|ppm|going_up|rising', 'gassy smell|smells|odour', 'smell* ~ gassy'],
    cy: ['drewdod ~ o? nwy|gas', 'arogl nwy', 'ogla nwy', 'gwynt nwy', 'drewi o nwy', 'nwy yn gollwng', 'gollwng nwy', 'carbon monocsid', 'larwm carbon', 'ogla gas', 'arogl gas', 'gwynt gas', 'ogla nwy', 'arogli nwy', 'gwynto nwy', 'clywed ogla ~ nwy|gas', 'larwm ~ carbon|co ~ canu|bipian', 'nwy ~ dianc|gollwng', 'gollyngiad nwy', 'larwm ~ nwy|co|carbon ~~ canu|bipian|mynd_off|seinio|sgrechian', 'hisian ~~ nwy', 'nwy ~~ hisian', 'oglau nwy', 'ogleuo|arogleuo|gwynto ~ nwy|gas', 'cur_pen|pen_tost|penysgafn|pendro|cyfog|teimlo_yn_sal ~~ boeler|boiler|tan_nwy|gwresogydd', 'boeler|boiler|tan_nwy|gwresogydd ~~ cur pen|pen_tost|penysgafn|pendro|cyfog', 'marciau|staeniau du|duon ~~ boeler|boiler|tan_nwy', 'wyau drwg|pwdr', 'arogl|ogla|gwynt ~ fel ~ wyau', 'detector|synhwyrydd|larwm ~~ carbon|co ~~ darllen|rhifau|codi', 'arogl|ogla|oglau|hogla|gwynt|drewi ~ nwy|gas'],
  },
  urgent_water: {
    en: [
      // sixteenth safety pass (issue #19): scalding water from a tap (a cylinder or a thermostat gone); steam alone is a shower's
      'scalding|boiling ~~ water ~~ tap|taps|cold_tap|steam', 'water ~~ scalding|boiling ~~ tap|taps|steam',
      // eighth safety pass (issue #19): floodwater up to the sockets
      'water|flood* ~~ rising|risen|reached|reaching|up_to|level_with ~ the? socket*|plug*',
      'water ~ through ~ ceiling|light*|roof|electrics|socket*', 'water ~ from ~ ceiling|light*|electrics', 'water ~ into ~ light*|socket*|electrics|fuse_box',
      'pouring through', 'pouring in', 'pouring down', 'ceiling ~ collaps*|coming_down|falling_down|fallen_in|caved', 'burst pipe', 'pipe ~ burst', 'flooding', 'flooded',
      'sewage ~ coming_up|flooding|everywhere|overflowing|backing_up', 'raw sewage', 'pouring onto', 'pouring everywhere', 'ceiling ~ bulging|sagging', 'safe to drink', 'tap water ~ tastes|smells|brown|discoloured', 'water ~ drwy|trwy ~ ceiling|light*|nenfwd', 'ceiling ~~ bulging|sagging|collaps*|coming_down|came_down|falling_down|fell_down|fallen_in|caved|gave_way|fell_in', 'sewage ~~ toilet|bath|floor|kitchen|garden|coming|rising|overflow*|backing', 'toilet* ~ overflowing ~ sewage', 'water ~~ light_fitting|light_switch|fuse_box|socket*|electrics', 'leak* ~ into ~ electrics|light_fitting|fuse_box|socket*', 'water ~~ wires|wiring', 'dirty water ~~ toilet|bath|shower|sink|kitchen_floor', 'water ~ out of ~ ceiling|light*|roof|socket*', 'pipe* ~~ burst', 'burst ~ pipe*|water_main|main|tank', 'water ~ gush*|spurt*|shooting|pumping', 'gush*|spurt* ~ out|water|from', 'cant|cannot|unable_to|wont ~ turn ~ water|stopcock|stop_tap|supply ~ off', 'cant|cannot|unable_to ~ stop ~ water|leak|it|the_leak ~~ pouring|gushing|coming|flood*|everywhere', 'stopcock|stop_tap|stop_cock ~~ wont|cant|doesnt|stuck|seized ~~ water|flood*|leak*|pouring|burst', 'filling up with water', 'water ~ everywhere', 'only toilet ~~ blocked|overflowing|broken|not_working|wont_flush|doesnt_flush', 'toilet* ~~ blocked|overflowing|wont_flush ~~ only_one|only_toilet|no_other|nowhere_else', 'dirty|foul|smelly|black water ~~ coming_up|backing_up|rising|drain|drains', 'coming_through|dripping_through|leaking_through|pouring_through|dripping_from|leaking_into|dripping_into|running_into|dripping_onto|dripping_on ~ light*|socket*|fuse_box|electrics|ceiling_rose|light_fitting', 'tank|cylinder ~~ burst|split|leaking_everywhere', 'pipe* ~~ split|snapped|came_apart|come_apart', 'sewage ~~ bubbling|leaking|seeping|spilling', 'manhole|drain ~~ overflowing ~~ sewage|toilet_paper|waste', 'running|pouring|dripping|leaking ~~ light_switch|switch|socket*|fuse_box|light_fitting', 'backing_up|overflowing|coming_up ~ with? sewage', 'toilet* ~ backing_up|backs_up', 'leaking|dripping|pouring|seeping|gushing|running|trickling ~~ socket*|plug*|extension_lead|extension|spotlight*|downlight*|light_fitting|light_switch|switch*|fuse*|consumer_unit|electrics|wires|wiring|telly|tv', 'water ~~ socket*|plug*|extension_lead|extension|spotlight*|downlight*|light_fitting|light_switch|switch*|fuse*|consumer_unit|electrics|wires|wiring|telly|tv', 'ceiling ~~ cave_in|caving_in|collapse|about_to|give_way|giving_way|soaked|hanging_down', 'water ~~ down_the_stairs|down_the_landing|through_the_floor', 'pouring|coming|running ~ down ~ the? stairs', 'raw|human waste', 'waste|poo|excrement|faeces ~~ bath|shower|sink|floor|toilet|coming_up|backed_up|backing_up', 'dripping|leaking|pouring|coming|running|water ~ out_of|from|through|into ~ the|our|my? ceiling_light|light*|light_fitting|bulb|lampshade', 'bulb|light*|lamp* ~~ flicker* ~~ water|leak*|drip*', 'water|leak*|drip* ~~ light*|bulb|lamp* ~~ flicker*', 'kitchen|house|flat|bathroom|floor|hall|everything ~ is? under water', 'cant find|cannot_find ~ the? stopcock|stop_tap|stop_cock', 'pipe ~ come_off|came_off|come_loose|came_loose|come_apart|has_come_off', 'ceiling ~ bowing|dipping|drooping|bellying'],
    cy: [
      // sixteenth safety pass (issue #19): boiling water from a tap
      'dwr ~~ berwedig|berwi ~~ tap*|stem',
      // eighth safety pass (issue #19): a leak coming through a light or a socket, the fitting named in English ('dod drwy'r light fitting'); water rising to the sockets
      'dod|diferu|gollwng|llifo|rhedeg drwy|trwy ~ light*|socket*|switch*|fuse*|ffitiad_golau', 'codi|cyrraedd at|hyd_at y? soced*|plwg|plygiau',
      'dwr ~ trwy ~ nenfwd|golau|to|trydan', 'dwr ~ o yr nenfwd|golau', 'dwr yn arllwys', 'arllwys trwy', 'nenfwd ~ disgyn|dod_lawr|cwympo', 'pibell wedi byrstio', 'pibell ~ byrstio', 'llifogydd', 'dan ddwr', 'carthion ~ dod|ym_mhobman', 'nenfwd ~ diferu|bochio|chwyddo', 'dwr yn diferu ohono', 'dwr ~ arllwys|tywallt', 'yfed y dwr', 'diogel i yfed', 'dwr ~~ trwy ~ nenfwd|golau|to|trydan|ceiling|light', 'dwr ~ through ~ nenfwd|golau|ceiling|light*', 'dwr ~ trwy|drwy ~ nenfwd|golau|to|trydan', 'nenfwd ~~ disgyn|dod_lawr|cwympo|i_lawr|syrthio|chwyddo', 'carthffosiaeth', 'carthion ~~ codi|gorlifo|toiled|bath|llawr', 'dwr ~ pistyllio|llifo ~ trwy|drwy|mewn', 'dwr ~~ golau|soced*|bocs_ffiws*|trydan', 'dwr ~~ gwifr*|weirio', 'dwr budr|brwnt|drewllyd ~~ toiled|bath|sinc|cawod|llawr_y_gegin|llawr_y_stafell', 'dwr ~ tasgu|pistyllio|saethu', 'tasgu|pistyllio ~~ pibell|tap|bath|toiled|boeler', 'methu|dim|ddim|gallu ~ troi ~ dwr|stopcock|cyflenwad ~ ffwrdd|bant|off', 'dwr|gollyngiad|pibell ~~ methu|ddim|dim ~ stopio|atal', 'stopcock|stop_tap ~~ sownd|ddim|dim|styc ~~ dwr|llifogydd|gollwng', 'unig toiled|ty_bach ~~ blocio|blocked|gorlifo|ddim_yn_fflysio|wedi_torri', 'toiled|ty_bach ~~ blocio|blocked|gorlifo ~~ dim_un_arall|yr_unig_un|unig_un|unig_doiled', 'dwr budr|brwnt|du|drewllyd ~~ codi|dod_i_fyny|dod_lan|draen', 'dod_trwy|diferu_trwy|diferu_ar|rhedeg_i_mewn_i|gollwng_i_mewn_i ~ golau|soced*|bocs_ffiws*|trydan', 'dwr ~ ym_mhobman|dros_bob_man|ym_mhob_man', 'tanc|silindr ~~ byrstio|hollti|gollwng_ym_mhobman', 'pibell ~~ hollti|torri_yn_ddau|dod_yn_rhydd', 'llifo|rhedeg|diferu ~~ switsh|switch|soced*|bocs_ffiws*', 'diferu|gollwng|llifo|rhedeg|pistyllio|tywallt ~~ soced*|plwg|plygiau|golau|goleuadau|switsh|ffiws*|bocs_ffiws*|gwifrau|weirio|trydan', 'nenfwd ~~ hongian|socian|ar_fin|gwlyb_socian', 'dwr ~~ lawr_y_grisiau|i_lawr_y_grisiau|lawr_star|lawr_y_star|trwy_y_llawr|drwy_y_llawr', 'gwastraff|baw|carthion ~~ bath|cawod|sinc|llawr|toiled|yn_ol_i_fyny|codi', 'draen* ~~ blocio|gorlifo ~~ bath|cawod|sinc|toiled|gwastraff|carthion', 'dwr ~~ fuse_box|fusebox|socket*|electrics|ceiling|light*', 'nenfwd ~~ plygu|bolio|ysigo'],
  },
  urgent_electric: {
    en: [
      // sixteenth safety pass (issue #19): the power failing beside a machine someone lives by (a ventilator, oxygen, dialysis)
      'ventilator|oxygen|dialysis|cpap|nebuliser|nebulizer|life_support ~~ electric|electricity|electrics|power has|is|keeps? tripping|tripped|trips|gone|off|cut|went|cutting_out', 'electric|electricity|electrics|power has|is|keeps? tripping|tripped|trips|gone|off|cut|went|cutting_out ~~ ventilator|oxygen|dialysis|cpap|nebuliser|nebulizer|life_support',
      // eighth safety pass (issue #19): a socket or switch that is wet: water on the electrics now
      'socket*|plug*|light_switch|fuse_box|consumer_unit ~~ is|are|got|gone|getting|all ~ wet|soaked|soaking|dripping',
      // eleventh safety pass (issue #19): sparks by their forms, not 'spark*', which took "the sparky" (an electrician) for sparks
      'spark|sparks|sparking|sparked|sparkin', 'burning smell', 'smell of burning', 'smells of burning', 'smoke from ~ socket|plug|fuse|switch|light', 'electric shock', 'got a shock ~ switch*|socket*|plug*|light*|cooker|kettle|shower|wire*|fuse*|oven', 'shock from|off ~ switch*|socket*|plug*|light*|cooker|kettle|shower|wire*|fuse*|oven',
      'exposed wires', 'wires hanging', 'live wire*', 'melted socket', 'socket ~ melted', 'scorch*', 'buzzing socket', 'fuse box ~ smoking|burning', 'socket* ~~ hot_to_touch|too_hot|burning|crackling', 'smoke from ~ fuse_box|socket|plug', 'socket*|plug*|switch*|fuse* ~~ crackling|smoking|melted|melting', 'wires ~ exposed|live|sparking', 'socket*|plug*|fuse* ~~ went_bang|bang|exploded|blew_up|black_mark*|scorch*', 'burning plastic', 'melting plastic', 'meter|meter_cupboard|fuse_box|consumer_unit|electrics|wiring ~~ smoking|smouldering|burning', 'tingle|tingling|shock* ~~ tap|taps|sink|bath|radiator|metal|switch*|socket*|cooker|oven|shower', 'touch* ~~ tap|switch|radiator|socket ~~ tingle|tingling|shock*|live', 'fizzing|buzzing|crackling|humming|hissing ~~ consumer_unit|fuse_box|fusebox|meter|socket*|switch*|wires|wiring'],
    cy: [
      // sixteenth safety pass (issue #19): the power failing beside a machine someone lives by ('peiriant anadlu', 'ocsigen')
      'peiriant|beiriant ~ anadlu|ocsigen ~~ trydan wedi? mynd|diffodd|torri|baglu|neidio', 'trydan wedi? mynd|diffodd|torri|baglu|neidio ~~ peiriant|beiriant|ocsigen|anadlu|dialysis',
      // eighth safety pass (issue #19): the same in Welsh
      'soced*|plwg|switsh|bocs_ffiws ~~ yn|wedi|i_gyd ~ gwlyb|socian|diferu',
      'gwreichion', 'gwreichioni', 'arogl llosgi', 'ogla llosgi', 'mwg o ~ soced|plwg', 'sioc drydan', 'sioc ~ switch|soced*|plwg|golau|gwifr*|popty|tegell|cawod|ffiws*', 'gwifrau ~ golwg|hongian|noeth|byw', 'soced wedi toddi', 'plwg|soced* ~ wedi? toddi', 'gwynt llosgi', 'drewi o llosgi', 'soced*|plwg|ffiws*|switch|gwifr* ~~ llosgi|clecian|mygu', 'llosgi|clecian ~~ soced*|plwg|ffiws*|gwifr*|switch', 'trydan|golau ~~ clecian', 'clecian ~~ trydan|golau', 'soced* ~ boeth|poeth|llosgi', 'gwreichion', 'soced*|plwg|ffiws* ~~ clec|ffrwydro|marc_du|marciau_du', 'soced*|plwg|switsh|switch ~~ poeth|boeth|llosgi|toddi', 'plastig ~ yn? llosgi|toddi', 'suo|clecian|hisian|ffisian ~~ bocs_ffiws*|ffiws*|soced*|mesurydd|switsh|gwifrau', 'pigiad|sioc ~~ tap|sinc|bath|rheiddiadur|switsh|soced*|popty|cawod'],
  },
  urgent_fire: {
    en: ['on fire', 'fire in', 'a fire', 'theres a fire', 'flames', 'smoke coming', 'smoke pouring', 'full of smoke', 'burning down', 'fire alarm ~ going off', 'smoke ~ coming', 'smoke ~ pouring', 'rung 999', 'called 999', 'fire brigade', 'fires', 'setting fires', 'smoke ~ filling', 'filling ~ with smoke', 'full of smoke', 'caught fire', 'smoulder*', 'still smoking'],
    cy: ['ar dan', 'tan yn y ~ fflat|ty|gegin|cegin|bloc|grisiau|stafell|llofft|adeilad|coridor|landin|drws_nesa|sbwriel|bin*|gardd|sied', 'mae tan', 'fflamau', 'mwg yn dod', 'llawn mwg', 'larwm tan yn canu', 'mwg ~ dod', 'ffonio 999', 'wedi ffonio 999', 'frigad dan', 'tanau', 'cynnau tan', 'mwg ~ llenwi', 'llenwi ~ mwg', 'mwg ym mhobman'],
  },
  urgent_trapped: {
    en: [
      // sixteenth safety pass (issue #19): shut in a lift, a stairlift stopped with someone on it
      'shut in ~ lift', 'lift ~~ between ~ floors', 'stairlift ~~ stopped|stuck|jammed ~~ with|on_it|halfway', 'stairlift ~~ halfway|half_way ~~ wont|cant|cannot',
      'trapped', 'stuck in ~ lift', 'stuck in the lift', 'lift ~ stuck ~ inside', 'cant get out', 'locked in', 'locked out ~ baby|child|kid*|toddler|son|daughter|medication|meds|insulin', 'stuck upstairs', 'stuck indoors', 'cant get out of ~ flat|house|home', 'havent seen ~ her|him ~ week|days', 'stuck in ~ lift', 'lift ~ stopped|stuck ~ between', 'someone inside ~ lift', 'someone ~ banging inside', 'lift ~~ broken|not_working|out_of_order|down|stopped ~~ cant|cannot|unable_to ~ leave|get_out|get_down|go_out', 'stuck between floors', 'man|woman|someone|somebody|person|he|she|i|we|mum|dad|child|son|daughter|kids|neighbour ~~ stuck|trapped ~~ lift|between_floors', 'lift ~~ stuck|stopped|jammed ~~ inside|in_it|between|with_me|with_my|with_him|with_her|with_them', 'too_scared_to|cant|cannot|unable_to ~ climb out', 'too_scared_to ~ get out', 'stuck|trapped ~ up_here|in_the_flat|in_my_flat|indoors|at_home'],
    cy: [
      // eighth safety pass (issue #19): a lift stuck with someone in it, in the English word a Welsh message borrows ('lifft wedi stuck')
      'lifft|lift ~~ stuck ~~ tu_mewn|tu_fewn|y_tu_mewn|ynddo|ynddi|rhwng', 'stuck ~~ rhwng ~ lloriau|llawr',
      'yn sownd yn yr lifft', 'sownd yn yr lifft', 'styc yn yr lifft', 'wedi fy nghloi', 'methu mynd allan', 'methu dod allan', 'wedi cloi allan ~ babi|plentyn|plant|meddyginiaeth', 'methu gadael yr fflat|ty', 'yn sownd lan star|lan llofft', 'stuck yn y lifft|lift', 'sownd yn y lifft|lift', 'lifft ~~ rhwng dau lawr', 'rhywun y tu mewn', 'cael fy nghloi', 'fy nghloi i mewn', 'lifft ~~ torri|ddim_yn_gweithio|dim_yn_gweithio|stopio ~~ methu|ddim|dim ~ gadael|mynd_allan|mynd_mas|dod_lawr', 'sownd|styc ~~ rhwng ~ lloriau|llawr', 'rhywun|dyn|dynes|plentyn|mam|tad ~~ sownd|styc|gaeth ~~ lifft|lift', 'lifft|lift ~~ sownd|styc|sticio|stopio ~~ tu_mewn|tu_fewn|y_tu_mewn|ynddo|ynddi|rhwng', 'caeth ~ yn? y? fflat|ty|cartref'],
  },
  urgent_security: {
    en: ['break in', 'broke in|into', 'broken into', 'forced ~ door|window|way_in', 'burgled', 'kicked in', 'door ~ kicked', 'window smashed', 'smashed window', 'ex ~ key', 'letting himself in', 'letting herself in', 'kicked ~ door ~ in', 'kicked in', 'door ~ wont shut ~ police', 'burglar*', 'burglary', 'door ~ smashed_in|forced_open', 'smashed|kicked ~ door ~ in', 'front|back door ~ hanging_off', 'trying|tried|try ~ to get|break ~ in', 'smashed|kicked|forced ~ the? front|back? door|lock', 'attempted break in', 'broke|smashed|forced ~~ window|door ~~ to_get_in|get_in|to_break_in', 'door|window|lock ~~ forced|jemmied|jimmied|prised', 'jemmied|jimmied|prised ~~ door|window|lock', 'lock ~ hanging_off', 'someone|somebody|they|burglars ~ got_into|got_in|been_in|broke_into ~~ flat|house|home|place', 'door_frame|doorframe|frame ~~ split|smashed|broken|kicked ~~ someone|somebody|got_in|get_in|forced', 'door ~~ open|wide_open ~~ lock ~~ broken|smashed|snapped|forced', 'brick|stone|rock ~ through ~ the|my|our? window*', 'threw|thrown|throwing ~~ brick|stone|rock|bottle ~~ window*', 'someone|somebody|they ~~ smashed|broke|broken|bust|forced|kicked ~~ lock|locks'],
    cy: ['torri mewn', 'lladrad', 'ffenest wedi malu', 'lladron', 'lladrata', 'byrgler*', 'bwrgler*', 'rhywun wedi bod yn y ty|fflat ~~ malu|torri|dwyn|chwalu', 'cicio ~ drws ~ mewn', 'drws ~ cicio ~ mewn', 'allwedd ~ cyn|ex', 'gadael ei hun i mewn', 'torrodd ~ mewn', 'torri ~ i mewn', 'gorfodi ~ drws', 'trio|ceisio|triodd ~ torri ~ i? mewn', 'chwalu|cicio ~ y? drws|clo', 'torri|torrodd ~~ ffenest*|drws ~~ dod_i_mewn|mynd_i_mewn', 'drws|ffenest* ~~ gorfodi|orfodi', 'drws ~~ ar agor ~~ clo ~~ torri|malu|chwalu', 'rhywun ~ wedi? mynd|dod|bod ~ i? mewn ~~ tra|pan ~~ gwaith|allan|ffwrdd', 'taflu ~~ carreg|bricsen|potel ~~ ffenest*', 'torri|malu ~~ ffenest* ~ efo|gyda|a ~ carreg|bricsen', 'rhywun ~~ malu|torri|chwalu|cicio|gorfodi ~~ clo|cloeon'],
  },
  // A home that is coming apart or could fall on someone: answered as an emergency repair.
  urgent_repair: {
    en: [
      // sixteenth safety pass (issue #19): a ceiling come down or bulging, told in the perfect ('has come down', 'the ceiling's come down'), a crack spreading overnight
      'ceiling ~~ come_down|has_come_down|come_in|bulge|bulges|bulging|sagged|sagging|bowed', 'crack ~~ spread|spreading|widened|widening|grown|getting_bigger ~~ overnight|last_night|today|this_morning',
      // eighth safety pass (issue #19): a branch broken and hanging over where people are; a window come loose from its frame
      'branch|bough|limb ~~ snapped|split|cracked|broken ~~ hanging|dangling|over_the|above', 'branch|bough|limb ~~ hanging_by_a_thread', 'snapped|split|cracked|broke_off|broken_off ~~ hanging|dangling over|above|off ~~ by a thread', 'snapped|split|cracked|broke_off|broken_off ~~ hanging|dangling by a thread', 'come|coming|came loose|away|out from|of ~ the|its? frame',
      'wall|walls|floor|floors|stairs|staircase|balcony|porch|chimney|bay ~ collaps*|caved_in|given_way|gave_way|giving_way|fell_in|fallen_in|falling_in|falling_down|fell_down|fallen_down|come_down|came_down|coming_down', 'roof|chimney|porch ~~ blown_off|ripped_off|torn_off|come_off|coming_off|blown_away', 'ripped|tore|torn|blew|blown ~ roof ~ off', 'collapsed ~ wall|floor|stairs|balcony|chimney', 'tree|branch ~~ leaning|uprooted|about_to_fall|going_to_fall|could_fall|might_fall|could_come_down|might_come_down|split_in_half', 'tree|branch ~~ fallen|fell|come_down|came_down|blown_down|blew_down ~~ house|roof|window|skylight|path|road|door|car|flat|bedroom|conservatory', 'slates|roof_tiles|ridge_tiles|bricks|masonry|coping|stones|chimney_pot ~~ falling|coming_off|coming_loose|dropping|about_to_fall', 'glass|pane ~ coming_loose|falling_out|about_to_fall|hanging_out|loose', 'glass ~~ everywhere ~~ kids|children|baby|floor|bed', 'asbestos ~ dust|drilling|drilled|disturbed|broken', 'drill*|sand*|scrap* ~~ asbestos|artex', 'wall|walls|chimney|chimney_stack|stack|roof|ceiling|balcony|porch ~~ about_to_come_down|about_to_fall|about_to_collapse|going_to_fall|going_to_come_down|going_to_collapse|could_come_down|might_come_down|could_collapse|might_collapse', 'plaster|chunks|bits|lumps ~~ dropping|falling|coming_down|fell ~~ bed|cot|kids|children|baby|head|on_us|on_me', 'wall|walls|fence_wall|chimney|bricks|masonry ~~ fallen|fell|collapsed|come_down|came_down ~ onto|on|into|across ~ the? pavement|path|road|street|car|garden|house|roof|drive', 'plaster|brick|bricks|masonry|render ~~ falling|dropping|coming_down|fell ~~ hall|hallway|path|pavement|entrance|door|stairs|garden|street|kids|children'],
    cy: [
      // sixteenth safety pass (issue #19): a ceiling sagging, cracking or come down, in the English word a Welsh message borrows ('ceiling wedi sagio'); a crack that has spread overnight
      'ceiling|nenfwd ~~ sagio|sigo|cracio|chwyddo|bolio|dod_i_lawr|dod_lawr|disgyn|cwympo', 'crac ~~ lledu|tyfu ~~ dros_nos|neithiwr|heddiw|nawr|rwan',
      // eighth safety pass (issue #19): the same in Welsh
      'cangen|brigyn ~~ wedi? torri|hollti ~~ hongian|uwchben|dros', 'dod yn rhydd o ei|y? ffram', 'torri|hollti ~~ hongian|siglo ~~ gerfydd|wrth edau|edefyn',
      'wal|waliau|grisiau|balconi|simnai|portsh ~ wedi? cwympo|disgyn|syrthio|dymchwel|chwalu|dod_i_lawr|rhoi_ffordd', 'wal|waliau|grisiau|balconi|simnai|portsh ~~ wedi? dymchwel|rhoi_ffordd', 'llawr ~ wedi? rhoi_ffordd|suddo|cwympo|disgyn|dymchwel', 'to|simnai|portsh ~~ chwythu_i_ffwrdd|chwythu_bant|chwythu_off|dod_i_ffwrdd|rhwygo', 'coeden|cangen ~~ syrthio|cwympo|disgyn|pwyso|gwyro|hollti', 'llechi|brics|cerrig|potyn_simnai ~~ disgyn|cwympo|syrthio|dod_i_ffwrdd|dod_bant', 'gwydr|ffenest* ~~ dod_yn_rhydd|syrthio_allan|disgyn_allan|cwympo_mas|disgyn_mas', 'gwydr ~~ ym_mhobman|dros_bob_man', 'llwch asbestos', 'drilio|driliodd|drilo ~~ asbestos|artex', 'asbestos ~ llwch|drilio', 'wal|simnai|to|balconi|portsh ~~ ar_fin_disgyn|ar_fin_cwympo|ar_fin_syrthio|ar_fin_dymchwel|mynd_i_ddisgyn|mynd_i_gwympo', 'plastr|darnau|talpiau ~~ disgyn|cwympo|syrthio ~~ gwely|cot|plant|babi|pen', 'wal|brics|simnai ~~ disgyn|cwympo|syrthio ~~ pafin|palmant|llwybr|ffordd|stryd|car|ty', 'darnau|talpiau ~~ simnai|simne|simdde|to|wal ~~ disgyn|cwympo|syrthio', 'simne|simdde ~~ disgyn|cwympo|syrthio|ar_fin'],
  },
  no_heat: {
    en: [
      // eighth safety pass (issue #19): heating capped or condemned: no heat (the cold-for-weeks reading still applies)
      'heating|boiler ~~ capped|condemned',
      'no heating', 'heating ~ not_working|broken|off|gone|packed_up|stopped', 'no heat', 'boiler ~ broken|not_working|packed_up|stopped|gone|down|off|dead|broke',
      'no hot water', 'freezing', 'so cold', 'too cold', 'no gas', 'no electric*', 'no power', 'power cut', 'no water', 'sat in the cold', 'in the cold', 'boiler ~ switched off|off', 'heating ~ switched off', '3 degrees', 'freezing cold', 'without heating', 'without heat', 'no heat', 'sitting in ~ coat', 'sat in ~ coat', 'sleeping in ~ coat', 'so cold at night', 'cold all night', 'radiators ~ cold|stone_cold|freezing', 'stone cold', '0|1|2|3|4|5 degrees', 'boiler ~ fault|leaking|wont_fire|not_firing|cut_out|keeps_cutting_out', 'heating and hot water ~ stopped|gone|off', 'boiler ~ packed_in|conked_out|died|given_up|gave_up', 'boiler ~ breakdown|broken_down|broke_down|failed|failure', 'heating|boiler ~ been? dead|died|packed_in|conked_out|given_up', 'cant keep|get ~ warm'],
    cy: [
      // eighth safety pass (issue #19): the same in Welsh, and in the English word a Welsh message borrows
      'gwres|boeler|boiler|heating ~~ capio|condemnio',
      'dim gwres', 'gwres ~ ddim_yn_gweithio|wedi_torri|wedi_stopio', 'boeler ~ wedi_torri|ddim_yn_gweithio|wedi_stopio', 'dim dwr poeth', 'rhewi', 'mor oer', 'rhy oer', 'dim nwy', 'dim trydan', 'dim dwr', 'heb wres', 'heb dwr twym|poeth', 'dim dwr twym', 'yn yr oerfel', 'mewn cot', 'heb wres', 'eistedd yn ~ cot', 'yn oer ~ nos', 'cysgu yn ~ cot', 'rheiddiadur* ~ oer', 'oer iawn', 'gwres ~~ ddim ~ gweithio', 'gwres ~ wedi ~ torri|stopio|diffodd|mynd', 'boeler ~~ ddim ~ gweithio', 'cysgu ~ got|cot', 'yn ei got|cot', 'gwres mynd|torri|stopio|diffodd', 'boiler|boeler ~ wedi? marw|torri|stopio|diffodd', 'dim|heb gwresogi', 'gwres canolog ~~ ddim|torri|stopio', 'boiler|boeler|gwres ~ wedi? pallu|nogio|marw', 'trydan ~ wedi? diffodd|torri', 'trydan wedi mynd i gyd|yn_llwyr', 'trydan wedi mynd yn y ty|fflat|gegin|llofft', 'toriad trydan|pwer', 'boeler|boiler ~ wedi? torri_lawr|torri_i_lawr', 'dim|heb twymo', 'dim twym', 'boelar|boiler|boeler ~ wedi? marw|torri|stopio|pallu'],
  },
  vulnerable: {
    en: [
      // sixteenth safety pass (issue #19): an age told as the resident's own ('I'm 88', 'I am 91'), living alone told in the first person or the plural
      'im|i_am|hes|shes|he_is|she_is 7*|8*|9*', 'live|living alone', 'live|living on my own', 'oxygen machine|concentrator', 'home ventilator', 'pacemaker',
      // eighth safety pass (issue #19): a grandparent with an age
      'granny|grandmother|grandfather|grandpa|nana|nanna|granddad 8*|9*',
      'baby', 'babies', 'newborn', 'new born', 'infant', 'toddler', 'month old', 'months old', 'weeks old', 'elderly', 'old lady', 'old man', 'pensioner',
      'frail', 'disabled', 'disability', 'wheelchair', 'oxygen', 'cancer', 'chemo', 'dementia', 'terminally', 'pregnant', 'vulnerable', 'asthma', 'copd',
      'in her 80s|90s', 'in his 80s|90s', 'aged 8*|9*', '8* year_old|years_old', '9* year_old|years_old', 'kids', 'children', 'my son', 'my daughter', 'poorly', 'unwell', 'illness', 'health condition', 'year old', 'yr old', 'my kids', 'little one', '2 year old', '3 year old', 'is 8*|9*', 'registered blind', 'blind', 'wheelchair user', 'lives alone', 'housebound', 'on oxygen', 'lives on his|her own', 'on his|her own', 'dads|mums|nans|grans|dad|mum|nan|gran|grandad|grandma 8*|9*', 'aged 7*|8*|9*', 'stroke', 'intensive care', 'learning disabilit*', 'mental health', 'carer', 'support worker', 'chemo*', 'heart condition', 'bad chest', 'asthmatic', 'diabet*', 'dialysis', 'nebuliser', 'nebulizer', 'ventilator', 'cpap', 'sickle cell', 'insulin', 'immune*', 'terminal*', 'palliative', 'week old', 'day old', 'days old', 'im|is|aged|age 75|76|77|78|79', 'heart|hip|knee|major|recovering_from|after ~ surgery|operation', 'had|having ~ an? operation', 'home from hospital', 'discharged from hospital'],
    cy: [
      // sixteenth safety pass (issue #19): the ventilator and the oxygen machine in Welsh ('peiriant anadlu', mutated 'beiriant'), an age told after 'dw i'n' ('dw i'n 82'), living alone
      'peiriant|beiriant|mheiriant ~ anadlu|ocsigen', 'anadlydd', 'i yn 7*|8*|9*', 'byw ar ben fy hun|hunan', 'byw ar fy mhen fy hun|hunan',
      // eighth safety pass (issue #19): a grandparent with an age, north and south ('Nain (92)', 'mam-gu 88')
      'nain|taid|mamgu|tadcu 8*|9*', 'mam|tad gu 8*|9*',
      'babi', 'babis', 'newydd-anedig', 'newydd eni', 'plentyn bach', 'plant bach', 'mis oed', 'wythnos oed', 'oedrannus', 'henoed', 'hen wraig', 'hen ddyn',
      'pensiynwr', 'eiddil', 'anabl', 'anabledd', 'cadair olwyn', 'ocsigen', 'canser', 'cemo', 'dementia', 'beichiog', 'bregus', 'asthma', 'plant', 'sal', 'tost', 'oed', 'plant', 'blwydd oed', 'y babi', 'y plant', 'yn 8*|9*', 'byw ar ben ei hun|ei hunan', 'methu mynd lan star|grisiau', 'methu cerdded', 'ar ei ben ei hun|hunan', 'ar ei phen ei hun|hunan', 'byw ar ben ei hun|hunan', 'strôc', 'gofal dwys', 'efeilliaid', 'deufis', 'iechyd meddwl', 'gofalwr', 'gweithiwr cymorth', 'anabledd dysgu', 'cemotherapi', 'cyflwr ar y galon', 'clefyd siwgr', 'diabetes', 'dialysis', 'nebiwleiddiwr', 'imiwnedd', 'terfynol', 'diwrnod oed', 'dyddiau oed', 'yn 75|76|77|78|79', 'byw ar ben fy hun|hunan', 'llawdriniaeth', 'adre|adref|adra|gartref ~ o y? ysbyty'],
  },
  safeguarding: {
    en: [
      // seventeenth safety pass (issue #19): a threat to burn a door or a car, a threat naming where someone lives or a child goes to school, a protective order or injunction (the resident needs protecting from someone)
      'burn|torch ~ my|our|her|his|the|your ~ door|car|front_door', 'knows where ~~ school|lives|live|works|work', 'non molestation', 'injunction against him|her|them|my_ex|my_former', 'restraining order',
      // sixteenth safety pass (issue #19): an ex who has broken in or walked in (the door is the urgent flag's; the ex is a safeguarding matter)
      'my? ex|ex_partner|ex_husband|ex_wife|ex_boyfriend|ex_girlfriend ~~ smashed|kicked_in|forced|broke_in|walked_in|walked_straight_in|got_in|let_himself_in|let_herself_in',
      // eighth safety pass (issue #19): a child locked in by an adult; someone crying for help (the resident's own 'I've been crying out for help' is a not_now setting); children alone in the street late at night; a neighbour named, not seen for days
      'locks|locked|locking ~ him|her|them ~ in ~ the|a? shed|cupboard|room|bedroom|garage|cellar|coal_shed', 'crying|screaming|shouting ~ out? for help', 'street|road|park ~~ on_their_own|alone|by_themselves ~~ after_10|after_11|midnight|barefoot|1am|2am', 'havent|hasnt|not ~ seen ~ mrs|mr|miss|ms|the_lady|the_man|the_woman ~~ days|week|weeks',
      // seventh safety pass (issue #19): harm to the resident's child by someone else; an ex who keeps coming to the door; a child put out of home; someone confused who has stopped answering
      'pushed|shoved|punched|kicked|slapped|attacked|assaulted|strangled|choked|hit my|our son|daughter|child|boy|girl|kids|children|little_one',
      'ex|ex_partner|ex_husband|ex_wife|ex_boyfriend|ex_girlfriend ~~ keeps_coming|still_coming|coming_round|turning_up ~~ door|night',
      'kid|boy|girl|child|teenager|lad ~~ kicked_out|sleeping_rough|sleeping_in_the_stairwell|sleeping_on_the_stairs',
      'confused|wandering ~~ she|he|mum|dad|nan|gran|grandad|grandma ~ isnt|is_not|wont|doesnt|hasnt|not ~ answering|answer|answered',
      'kill myself', 'killing myself', 'end it all', 'ending it all', 'end my life', 'take my own life', 'suicid*', 'self harm', 'self-harm', 'harm myself',
      'dont want to live', 'dont want to be here', 'no point living', 'no point in living', 'no point going on', 'better off dead', 'overdose', 'want to die',
      'domestic abuse', 'domestic violence', 'abusive partner', 'abusive relationship', 'being abused', 'abusing me', 'abusing my', 'he hits', 'he hit me',
      'hits me', 'beats me', 'beat me', 'partner hits|hurts|threatens', 'ex ~ threaten*', 'threaten* to kill|hurt|stab|burn', 'going to kill', 'kill him|her|you|them',
      'going to hurt', 'scared for my life', 'scared for my safety', 'afraid for my life', 'fear for my life', 'fear for my safety', 'not safe at home',
      'unsafe at home', 'child ~ being hurt|neglected|abused', 'neglecting ~ child|kids|baby', 'coercive control', 'stalking', 'stalker', 'dont see the point', 'no point anymore', 'cant go on', 'scared to go home', 'afraid to go home', 'left on his own', 'left on her own', 'left alone ~ days', 'violent', 'beats', 'hits me', 'ex is', 'stab me', 'stab*', 'knife', 'hit me again', 'left on their own', 'left alone for days', 'cant do this anymore', 'cant cope anymore', 'hurting me', 'hurts me', 'not safe|isnt safe ~ at home|with him|with her|around him|around her|in my own home', 'kids|children|son|daughter|baby ~~ not safe|isnt safe|arent safe', 'dont feel safe', 'scared to go to sleep', 'scared of him', 'scared of her', 'fled', 'fled from', 'escaped from', 'ex ~ key|letting himself in|knows where', 'letting himself in', 'being exploited', 'exploiting', 'taking advantage of', 'cuckoo*', 'forced to ~ keep|sell|hold|carry', 'grooming', 'worried about ~ lady|man|neighbour|boy|girl|child|kids|woman', 'havent seen ~ her|him ~ week|days', 'havent eaten', 'nothing to eat', 'no food', 'better off without me', 'better off dead', 'not wanting to be here', 'dont want to be here', 'end of my rope', 'cant live like this', 'hitting me', 'hurting her', 'hurting him', 'sort me out', 'scared to leave', 'burn ~ flat|house|home ~ down', 'threaten* ~ son|daughter|kids|me', 'scared to go home', 'how much longer i can', 'asking for food', 'nobody home with', 'noone home with', 'racist graffiti', 'threatening ~ girlfriend|wife|partner', 'take|taking|end|ending my own? life', 'thoughts of ending', 'racist ~ abuse|names|name|comments|slurs|remarks', 'racially abus*', 'hate crime', 'attacked me', 'assaulted me', 'dont feel ~ safe', 'not safe here', 'threatened ~ son|daughter|kids|children|child|me|us', 'financial abuse', 'taking ~ her|his ~ money', 'cant keep doing this', 'cant keep going', 'nothing ~ to live for', 'no reason to live', 'thinking ~ ending it|ending_things', 'dont want to wake up', 'home alone', 'nobody|noone ~ looking after ~ kids|children|little_ones|baby|him|her|them', 'carer ~~ hasnt|havent|not|didnt|never ~~ come|been|turned_up|visited|shown', 'pushed|shoved|punched|kicked|slapped|strangled|choked|headbutted|dragged|grabbed|throttled me', 'by the throat|neck|hair', 'round|around the neck|throat', 'he|she|husband|partner|wife|boyfriend|girlfriend|ex ~ wont|doesnt|didnt|never let* me ~ leave|go_out|out|see|have', 'he|she|husband|partner|wife|boyfriend|girlfriend|ex ~~ takes|took|controls|checks|smashed ~ my ~ phone|money|bank_card|keys', 'frightened|scared|afraid|terrified of ~ him|her|my_partner|my_husband|my_ex|my_boyfriend|my_wife|my_girlfriend', 'asking ~ for food', 'kids|children|boy|girl|baby|little_one* ~~ hungry|starving|filthy|not_fed|unfed', 'havent|hasnt|not ~ seen ~ the? old|my_neighbour|old_man|old_lady|neighbour ~~ days|week|weeks', 'homophob*', 'transphob*', 'disablist', 'moved_in|moved_into|taken_over|taking_over|staying_at|using ~~ flat|house|home ~~ drugs|dealing|dealers', 'dealers|drug_dealers ~~ using|taken_over|moved_into ~~ flat|house|home', 'county lines', 'making|made|forcing|forced|getting ~ my? son|daughter|him|her|kids|boy|girl ~ carry|deliver|hold|sell|run', 'carer|relative|son|daughter|nephew|niece|grandson|granddaughter|family|someone|somebody|boyfriend|partner ~~ taking|stealing|took|stole|spending|collecting|keeping ~~ her|his|their? money|pension|benefits|savings|bank_card', 'hoard*', 'self neglect*', 'neglecting ~ himself|herself', 'squalor', 'not|isnt|stopped|hasnt_been|doesnt ~ eating|washing ~~ rubbish|hoard*|mess|filth*', 'rubbish|hoard*|mess|filth* ~~ not|isnt|stopped|hasnt_been ~ eating|washing', 'eating or washing', 'burn ~ flat|house|home|place|us_out|me_out', 'abused me', 'banging|knocking|hammering ~ on? my door ~~ night|every_night|all_night|at_night', 'going_to|gonna|wants_to|threatening_to|talking_about ~ end it|kill_himself|kill_herself|end_his_life|end_her_life|take_his_life|take_her_life|end_it_all', 'life is too much', 'dealing|selling ~ drugs ~~ old|vulnerable|elderly|disabled', 'old|vulnerable|elderly|disabled ~~ dealing|selling ~ drugs', 'rubbish|junk|bags|stuff ~~ up_to|piled_up_to|floor_to ~ the? ceiling|windows|roof', 'nobody|noone ~ watching|supervising ~ them|kids|children|him|her', 'made|forced|pressured|being_made|being_forced to ~ sell|carry|deliver|hold|move|run ~ drugs|packages|parcels|for_them', 'controls ~ all? our|my|the money|finances|bank|phone|benefits', 'dont want to be alive', 'boyfriend|girlfriend|partner|husband|wife ~~ wont|doesnt|never ~ let ~ her|him|me', 'checks ~ her|his|my phone', 'controls ~ her|his|me', 'gang ~~ using ~~ flat|house|home', 'using ~ my? neighbours|her|his|my_nans|my_mums flat|house|home ~ to store|to_deal|to_sell|to_keep', 'spit|spat|spitting ~ at ~ me|us|my', 'call|calling|called ~ me|us|my_son|my_daughter|my_kids ~ names', 'since i came out', 'because ~ im|i_am|we_are|were ~ gay|black|muslim|polish|trans|disabled|jewish|asian|lesbian', 'he|she|husband|partner|wife|boyfriend|girlfriend|ex ~~ keeps|has|holds ~ my ~ phone|money|bank_card|keys|passport', 'wont|doesnt|never ~ let ~ me|her|him ~ see ~ my|her|his? family|friends|mum|mother|sister|brother', 'hasnt|havent|not|hadnt|stopped ~ washed|eaten|washing|eating ~~ weeks|days|rubbish|filth*|squalor|mess|smell*', 'taken over ~ her|his|their|my? flat|place|home|house', 'learning_difficult*|learning_disabilit* ~~ lads|men|people|dealing|drugs|dealers|taken_over|staying', 'taking|takes|took|keeps|using ~ his|her ~ bank_card|pension|benefits', 'followed|following|follows ~ me|my_daughter|my_son|her|him|my_kids|the_kids ~~ home|to_the_door|to_my_door|back', 'im|we|were|i_am|we_are|still not safe', 'attacks on|against ~ me|us', 'not safe ~ to talk|to_speak', 'cant talk|speak ~ when|while ~ he|hes|she|shes', 'too? scared|afraid|frightened ~ to go ~ back|back_in|inside|indoors|in', 'waiting ~ at|outside ~ my door'],
    cy: [
      // seventeenth safety pass (issue #19): the same in Welsh, north and south ('llosgi fy nrws', 'gwybod lle mae hi'n mynd i'r ysgol', 'gwaharddeb'), a threat to 'sort' someone told as a threat
      'llosgi ~ fy|ein|ei|eich ~ drws|car|ty|fflat', 'fo|fe|o|hi|e|nhw ~ gwybod ~ ble|lle ~~ ysgol|byw|gweithio', 'gwaharddeb ~~ ei|eu ~ erbyn', 'gorchymyn ~ peidio ~ ymyrryd|aflonyddu', 'bygwth ~~ sortio',
      // sixteenth safety pass (issue #19): an ex who has broken in or walked in, as in English
      'cyn_bartner|cyn_gwr|cyn_wraig|cyn_gariad ~~ malu|torri_i_mewn|torri_mewn|cicio|cerdded_i_mewn|dod_i_mewn|gadael_ei_hun_i_mewn',
      // sixteenth safety pass (issue #19): someone beating or hitting another told in the third person ('mae ei lystad yn ei guro fo', 'mae ei gŵr yn ei tharo hi')
      'yn ei|eu ~ curo|taro|bwrw|cicio|dyrnu|brifo ~ fo|fe|hi|nhw',
      // eighth safety pass (issue #19): the same in Welsh, north and south ('sa i di gweld Mrs … ers dyddie')
      'cloi|clo ~ o|fo|fe|hi|nhw|e ~ yn|mewn ~ y? sied|cwpwrdd|stafell|llofft|garej', 'crio|sgrechian|gweiddi ~ am help|cymorth', 'stryd|ffordd|parc ~~ ar_eu_pennau_eu_hunain|ar_ei_ben_ei_hun|ar_ei_phen_ei_hun ~~ ar_ol_10|ar_ol_11|hanner_nos|troednoeth', 'dim|ddim|heb ~ wedi? gweld ~ mrs|mr|miss|y_dyn|yr_hen|y_ddynes|y_wraig|cymydog* ~~ ers ~ dyddiau|dyddie|diwrnodau|wythnos|sbel',
      // seventh safety pass (issue #19): the same in Welsh
      'gwthio|gwthiodd|cicio|ciciodd|taro|tarodd|dyrnu|dyrnodd|ymosod_ar fy|ein mab|merch|plentyn|plant|hogyn|hogan',
      'cyn_bartner|cyn_gwr|cyn_wraig|cyn_gariad ~~ bygwth*|dod_at_y_drws|dod_i_r_drws',
      'hogyn|bachgen|merch|hogan|plentyn ~~ cicio_allan|cael_ei_gicio_allan|cysgu_allan|cysgu_ar_y_stryd|cysgu_yn_y_stairwell|cysgu_ar_y_grisiau',
      'dryslyd|ffwndrus|crwydro ~~ hi|o|fo|fe|mam|dad|nain|taid ~ ddim yn ateb',
      'lladd fy hun', 'lladd fy hunan', 'hunanladd*', 'niweidio fy hun', 'hunan-niweidio', 'hunan niweidio', 'ddim eisiau byw', 'eisiau marw', 'dim pwynt byw',
      'gorddos', 'cam-drin', 'cam drin', 'camdriniaeth', 'trais yn yr cartref', 'trais domestig', 'yn fy nharo', 'taro fi', 'curo fi', 'bygwth ~ lladd|brifo|niweidio',
      'bygwth fi', 'fy mygwth', 'ofn am fy mywyd', 'ofni am fy mywyd', 'ddim yn saff adref', 'ddim yn ddiogel adref', 'ddim yn ddiogel gartref', 'ddim eisiau bod yma', 'ddim isio bod yma', 'dim pwynt bellach|rhagor|mwyach', 'dim pwynt mewn byw', 'ofn mynd adref', 'ofn mynd adra', 'ar ben ei hun ers', 'treisgar', 'fy nharo', 'yn fy nghuro', 'wedi bwrw fi', 'bwrw i eto', 'yn fy mwrw', 'fy mwrw', 'taro fi', 'ofn ~ mynd adre|adref|adra', 'trywanu', 'fy nhrywanu', 'lladd fi', 'ar ben eu hunain', 'gadael ar ben', 'yn fy brifo', 'brifo fi', 'ddim yn saff|ddiogel ~ adref|adra|adre|gartref|gartre|yma|efo_fo|efo_fe|gyda_fe|gyda_fo|rhagddo|rhagddi', 'dio m yn saff', 'plant ~~ ddim yn saff|ddiogel', 'manteisio arno|arni', 'cael ei|eu|fy gorfodi i', 'gorfodi i ~ cadw|gwerthu|cario', 'ffoi', 'poeni am yr ~ hogyn|ferch|plentyn|dyn|ddynes|hen|bachgen', 'heb fwyd', 'dim bwyd', 'methu ymdopi rhagor', 'well off hebdda i', 'gwell hebdda i', 'gallu byw fel hyn', 'ei brifo hi', 'ei brifo fo', 'ei brifo fe', 'bygwth fy ~ mab|merch|plant', 'fy mygwth', 'ofn ~ brifo', 'llosgi ~ fflat|ty', 'bygwth ~ cariad|wraig|gwraig|partner', 'ofn gadael y ty', 'gofyn am fwyd', 'graffiti hiliol', 'sut mae disgwyl i mi fyw', 'am faint ~ to', 'cymryd fy bywyd', 'brifo ei hun|hunan', 'niweidio ei hun|hunan', 'hiliol', 'cam drin hiliol', 'trosedd* casineb', 'ymosod* ~ arna|arnaf|arnon', 'bygwth* ~ mab|merch|plant|plentyn', 'ddim yn teimlo ~ saff|diogel', 'methu cario mlaen|ymlaen', 'fy ngwthio|nghicio|nhagu|nyrnu|slapio|mwrw', 'gwthio|cicio|tagu|dyrnu|slapio fi', 'gafael* ~~ gwddf|gwddw|gwallt', 'ofn ~ fo|fe|fy_ngwr|fy_mhartner|fy_nghariad|fy_nghyn_bartner', 'ddim|dim yn gadael i fi|mi ~ mynd|fynd ~ allan|mas|ma_s', 'partner|gwr|cariad|gwraig ~~ cymryd|cadw|gwirio ~ fy ffon|arian|cerdyn|allweddi', 'homoffobig', 'trawsffobig', 'symud_i_mewn|cymryd_drosodd ~~ fflat|ty ~~ cyffuriau|delio', 'rhywun|perthynas|gofalwr|mab|merch|teulu|nai|nith|wyr ~~ cymryd|dwyn|gwario ~~ pensiwn|arian|budd_dal*|cynilion|cerdyn', 'ddim|dim wedi gweld ~ y? hen|cymydog|dyn|ddynes|wraig|gwr ~~ ers ~ wythnos|dyddiau|diwrnodau|sbel', 'celcio', 'pwynt mewn|i? byw|bodoli', 'esgeuluso ei hun|hunan', 'bwyta nac|na|nac_yn ~ ymolchi|golchi|yfed', 'plant|plentyn|babi ~~ llwgu|newynu|gofyn_am_fwyd', 'curo|bangio ~ ar? fy drws ~~ nos|bob_nos|neithiwr', 'bywyd yn ormod', 'plant|babi|plentyn ~~ hanner_nos|ganol_nos|drwy_y_nos ~~ neb|ar_eu_pennau_eu_hunain', 'ddim|dim ~ eisiau|isio|moyn bod yn fyw', 'rheoli ~ y? arian|fy_arian|ein_arian|popeth', 'gwneud i ~ fy? mab|merch|plentyn|plant ~ cario|gwerthu|dal ~ pecynnau|parseli|cyffuriau', 'gang ~~ defnyddio ~~ fflat|ty', 'poeri ~ arna|arnon|ata', 'galw ~ enwau ~ arna|arnon|ar_fy', 'ddim|dim yn gadael iddi|iddo ~ gweld|mynd', 'ddim|dim yn gadael i fi|mi ~ gweld ~ fy? teulu|ffrindiau|mam|chwaer|brawd|plant', 'ddim|heb ~ wedi? bwyta|ymolchi ~~ ers|dyddiau|wythnos*|sbwriel|budr', 'symud_i_mewn|aros|cymryd_drosodd ~~ cyffuriau|delio|gwerthu_cyffuriau', 'bregus|anabledd_dysgu|dryslyd ~~ cyffuriau|delio|cymryd_drosodd', 'cymryd|dwyn|cadw ~ ei|eu ~ cerdyn banc|pensiwn|arian', 'ddim yn saff|diogel ~ siarad', 'ofn ~ mynd|dod ~ yn? ol|nol|i_mewn ~~ fflat|ty|adre|adref|adra', 'aros ~ amdana|amdanaf|amdanon ~ i|ni?'],
  },
  // A door or window that will not lock: urgent after a break-in (urgent_security), a repair otherwise.
  insecure: {
    en: ['cant lock', 'wont lock', 'front door ~ broken|wont_close|off', 'cant secure', 'insecure', 'lock ~ broken'],
    cy: ['methu cloi', 'drws ffrynt ~ wedi torri', 'drws ~ ddim yn cloi', 'ddim cloi', 'fedra i ddim cloi', 'methu cloi y ty', 'clo ~ wedi torri', 'dim modd ~ cau|cloi'],
  },
  // An emergency word in a setting that is not an emergency now: a fire door, "if there was a
  // fire", smoke from a neighbour's smoking, heating that was off, a flood the contractors caused
  // and a claim for its damage; an emergency placed in a month or year gone, one made safe or
  // fixed, one no longer there, a detector wanting a battery, "tan" meaning until. A flag cue hit
  // whose words lie inside one of these does not count (rules.ts, which also voids a setting that
  // says "still" or "but", or denies the fix); every other hit of the same cue still does. A fix
  // is read only after the emergency ("the leak was fixed"): "nobody has fixed the gas leak" is
  // no setting.
  not_now: {
    en: [
      // eighth safety pass (issue #19): word sense: 'can't get out' to an errand, smoke that is traffic fumes; the resident's own plea 'I've been crying out for help'; hate abuse told as the landlord's reply or investigation (labelled a complaint, not safeguarding); a socket told as not burning ('nothing burning or anything')
      'cant|cannot get out ~ to ~ a|the? launderette|laundrette|shops|shop|work|town|appointments', 'lorry|lorries|traffic|exhaust|exhausts|buses|diesel ~~ smoke ~ coming|pouring|getting', 'smoke ~ coming|pouring ~~ lorry|lorries|traffic|exhaust|exhausts|buses|diesel', 'i|ive|weve|we|im ~ crying|screaming|shouting ~ out? for help', 'response|reply|answer|investigation|investigating ~~ racist_abuse|racist_harassment|racial_harassment|racial_abuse|racist_graffiti', 'socket*|plug*|switch*|fuse* ~~ nothing|no|not|isnt|wasnt|arent ~ burning|sparking|smoking|melted|melting|hot',
      // seventh safety pass (issue #19): an alarm's chirp for its battery; "sparkling" clean; can't get out told of age, not of a locked or blocked home
      'co|carbon_monoxide|smoke|fire|heat alarm*|detector* ~~ beep*|bleep*|chirp* ~~ battery|batteries|every_minute|once_a_minute|every_few_minutes|every_30_seconds',
      'sparkling',
      'im|is|hes|shes 6*|7*|8*|9* and ~ cant get out of ~ the? house|flat|home',
      'housebound and ~ cant get out',
      'if ~ fire|flood*|trapped|collaps*|spark*', 'in case of ~ fire', 'fire door*', 'fire safety', 'fire risk*', 'fire exit*', 'fire escape*', 'fire extinguisher*', 'fire alarm test*', 'fire check*',
      'would|could|might|id be trapped', 'be trapped if', 'could have been ~ killed|trapped', 'window frame*', 'door frame*', 'picture frame*',
      'weed|cannabis|skunk|cigarette*|smoking|vape* ~ smoke ~ coming|pouring|getting', 'smoke ~ coming_into|coming_in|getting_in ~~ next_door|neighbour*|smoking|weed|cannabis|cigarette*',
      'we|i|she|he|they|mum|dad had no heat*|hot_water', 'fire alarm ~~ no_reason|every_night|every_day|false_alarm|for_no', 'capped|made_safe|made_it_safe ~~ smell* ~ gas', 'capped|made_safe|made_it_safe ~~ gas_smell|gas_leak|smell_of_gas', 'gas_smell|smell_of_gas|gas_leak ~~ capped|made_safe|made_it_safe', 'was|were|been without heat*|hot_water ~~ last_year|last_winter|in_19*|in_20*|until', 'contractors|workmen|builders|plumbers|plumber|roofers flooded', 'flood* ~~ back_in|years_ago|last_year|in_19*|in_20*', 'used to ~ flood|leak|spark', 'gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|sparking|sparked|power_cut|trapped ~ last_year|last_month|last_winter|last_summer|last_spring|last_autumn|last_christmas|years_ago|months_ago|a_year_ago|back_in|in_19*|in_20*|in_january|in_february|in_march|in_april|in_may|in_june|in_july|in_august|in_september|in_october|in_november|in_december', 'last_year|last_month|last_winter|last_summer|last_spring|last_autumn|last_christmas|years_ago|months_ago|a_year_ago|back_in|in_19*|in_20*|in_january|in_february|in_march|in_april|in_may|in_june|in_july|in_august|in_september|in_october|in_november|in_december ~ gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|sparking|sparked|power_cut|trapped', 'water ~~ ceiling|light*|roof|electrics|socket* ~ last_year|last_month|last_winter|last_summer|last_spring|last_autumn|last_christmas|years_ago|months_ago|a_year_ago|back_in|in_19*|in_20*|in_january|in_february|in_march|in_april|in_may|in_june|in_july|in_august|in_september|in_october|in_november|in_december', 'ceiling ~~ collaps*|came_down|fell_in|caved ~ last_year|last_month|last_winter|last_summer|last_spring|last_autumn|last_christmas|years_ago|months_ago|a_year_ago|back_in|in_19*|in_20*|in_january|in_february|in_march|in_april|in_may|in_june|in_july|in_august|in_september|in_october|in_november|in_december', 'smell* ~ gas ~ last_year|last_month|last_winter|last_summer|last_spring|last_autumn|last_christmas|years_ago|months_ago|a_year_ago|back_in|in_19*|in_20*|in_january|in_february|in_march|in_april|in_may|in_june|in_july|in_august|in_september|in_october|in_november|in_december', 'gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|sparking|sparked|power_cut|trapped ~~ fixed|repaired|sorted|capped|made_safe|made_it_safe|put_out|turned_off|switched_off|isolated|stopped_the_leak|caps_it|makes_it_safe|puts_it_out', 'smell* ~ gas ~~ fixed|repaired|sorted|capped|made_safe|made_it_safe|put_out|turned_off|switched_off|isolated|stopped_the_leak|caps_it|makes_it_safe|puts_it_out', 'no_longer|cant|cannot|dont|dont_even ~ smell* ~ gas', 'no smell of gas', 'co_alarm|co_detector|carbon_monoxide_alarm|carbon_monoxide_detector|carbon_monoxide ~~ needs|need|wants ~ new? battery|batteries', 'if i|we|you|anyone ever ~ smell* ~ gas', 'what|who ~ do|should|call|ring ~~ if ~ smell* ~ gas|a_gas_leak', 'fit|fitted|install|installed|test|tested|check|checked|service|serviced|replace|replaced|want|need|like|get|request|have ~~ co|carbon_monoxide alarm*|detector*', 'gas|electric|electrical|coal|log|living_flame fire|fires in?', 'threaten* ~ me|us ~ with ~ court|eviction|legal|bailiffs|arrears|possession', 'threaten* to evict|take|sue|report|call ~ me|us', 'since|after ~ the? break_in|burglary|fire|flood|leak|burst', 'gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|carbon_monoxide_alarm|carbon_monoxide_detector|carbon_monoxide|co_alarm|co_detector|poison|petrol|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|gave_way|blew_off|sparking|sparked|power_cut|trapped ~ years_back|year_back|ages_ago|long_time_ago|two_years_running|years_running|at_christmas|over_christmas|at_easter|in_the_spring|in_the_summer|in_the_autumn|last_january|last_february|last_march|last_april|last_may|last_june|last_july|last_august|last_september|last_october|last_november|last_december', 'years_back|year_back|ages_ago|long_time_ago|two_years_running|years_running|at_christmas|over_christmas|at_easter|in_the_spring|in_the_summer|in_the_autumn|last_january|last_february|last_march|last_april|last_may|last_june|last_july|last_august|last_september|last_october|last_november|last_december ~ gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|carbon_monoxide_alarm|carbon_monoxide_detector|carbon_monoxide|co_alarm|co_detector|poison|petrol|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|gave_way|blew_off|sparking|sparked|power_cut|trapped', 'gas_leak|smell_of_gas|smelt_gas|smelled_gas|gas_smell|carbon_monoxide_alarm|carbon_monoxide_detector|carbon_monoxide|co_alarm|co_detector|poison|petrol|fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|collapsed|came_down|fell_in|gave_way|blew_off|sparking|sparked|power_cut|trapped ~~ since_19*|since_20*|for_years|for_two_years|for_three_years|for_over_a_year|two_years_running|years_running', 'water ~~ ceiling|light*|roof|electrics|socket* ~~ since ~ 19*|20*', 'neighbour*|next_door ~ was|were|got|had_been|has_been|have_been burgled|broken_into|robbed', 'in_the_spring|in_the_summer|in_the_autumn|in_the_winter|last_year|last_spring|last_summer|last_autumn|last_winter|years_ago|months_ago ~~ poison|petrol ~~ letterbox|letter_box|door', 'poison|petrol ~~ letterbox|letter_box|door ~~ in_the_spring|in_the_summer|in_the_autumn|in_the_winter|last_year|last_spring|last_summer|last_autumn|last_winter|years_ago|months_ago', 'a|the|any|our fire safety|door|doors|exit|exits|escape|escapes|risk|risks|extinguisher*|blanket*|assessment*|drill*|leaflet*|check*', 'burgled|broken_into|break_in|broke_in ~~ old_flat|old_house|previous|last_flat|last_house|before_i_moved|before_we_moved', 'old_flat|old_house|previous_flat|previous_home|last_flat ~~ burgled|broken_into|break_in|broke_in', 'broke in january|february|march|april|may|june|july|august|september|october|november|december|the_spring|the_summer|the_autumn|the_winter|20*|19*', 'gas_leak|smell_of_gas|gas_smell|carbon_monoxide|co_alarm|fire|a_fire|flood*|burst|burst_pipe|pipe_burst|break_in|broke_in|broken_into|burgled|burglary|burglars|sewage|raw_sewage|collapsed|came_down|fell_in|gave_way|sparking|sparked|power_cut|trapped ~~ for_months|for_many_months|months_now|since_january|since_february|since_march|since_april|since_may|since_june|since_july|since_august|since_september|since_october|since_november|since_december|since_last_year|since_the_spring|since_the_summer', 'flood*|burglars|burgled|break_in|break_ins|broken_into|sewage|raw_sewage ~~ twice|three_times|four_times|five_times|six_times|seven_times|several_times|many_times|times_this_year', 'water ~~ ceiling|light*|roof|electrics|socket* ~~ for_months|for_many_months|months_now|since_january|since_february|since_march|since_april|since_may|since_june|since_july|since_august|since_september|since_october|since_november|since_december|since_last_year', 'a fire ~ ago|years_ago|months_ago|weeks_ago|last_year|last_month|last_week|in_19*|in_20*', 'had|was|were ~ a fire ~~ ago|last_year|last_month|in_19*|in_20*|back_in', 'car|van|vehicle|bike|shed|garage ~~ broken_into|broke_into|break_in|break_ins', 'hurt|hurts|injured myself|himself|herself|themselves ~ when|on|falling|tripping|slipping|while|in_a_fall|at_work|badly|in_the', 'condensation ~~ pouring|running|streaming|dripping', 'pouring|running|streaming down ~ the? windows|window|glass', 'had|id|hed|shed reported ~ a? burst_pipe|leak|gas_leak|flood', 'contractor*|workmen|operative*|engineer*|plumber*|they ~~ sprayed|spilt|spilled|left|dumped ~~ sewage|raw_sewage|waste|human_waste', 'moved|decanted|rehoused|moved_out ~~ because_of|after|due_to ~ the? flood*|fire', 'racist_abuse|racist_graffiti|racist_names|racial_abuse|racist ~~ for_two_years|for_years|for_months|years_now|since_i_reported|since_we_reported|been_there|since_last_year', 'meeting|case|handled|handling|complaint ~~ racist_abuse|racist_graffiti|racial_abuse', 'walk_in|get_in|come_in|wander_in ~~ dont feel safe|dont_feel_safe_in_my_own_block', 'hoard* ~ co|solicitors|llp|ltd|and_co', 'someone|somebody|they ~~ lock|locks ~ on|of ~ the|our|my? bin_store|bin_shed|shed|garage|bike_store|gate|post_box|mailbox|car|van|bike'],
    cy: [
      // eighth safety pass (issue #19): the same in Welsh
      'methu mynd allan|mas ~ i y? siop*|golchdy|gwaith|dre|dref', 'lori*|traffig|bysiau|egsost|disel ~~ mwg ~ yn? dod', 'mwg ~ yn? dod ~~ lori*|traffig|bysiau|egsost|disel', 'dw|wi|fi|ni|i ~ wedi? bod ~ yn? crio|sgrechian|gweiddi ~ am help|cymorth', 'ateb|ymateb|ymchwiliad|ymchwilio ~~ hiliol', 'soced*|plwg|switsh|ffiws* ~~ dim|ddim ~ llosgi|gwreichion|mygu|poeth|toddi',
      // seventh safety pass (issue #19): the same in Welsh
      'larwm* ~~ bipian|bipio|canu ~~ batri|batris|bob_munud|unwaith_bob_munud|bob_hyn_a_hyn',
      'yn 6*|7*|8*|9* ac ~ yn? methu gadael y? ty|fflat|cartref',
      'os ~ tan|llifogydd|sownd', 'pe bai ~ tan|llifogydd', 'drws tan', 'drysau tan', 'diogelwch tan yn?', 'risg tan', 'asesiad risg tan', 'allanfa tan', 'diffoddwr* tan', 'prawf larwm tan', 'larwm tan ~~ dim_rheswm|bob_nos|bob_dydd|ers',
      'mwg ~ canabis|sigaret*|smocio|ysmygu', 'canabis|sigaret*|smocio|ysmygu ~ mwg', 'roedd ~ dim_gwres|heb_wres', 'buon ni heb wres', 'llifogydd ~~ llynedd|blynyddoedd_yn_ol|yn_19*|yn_20*', 'gollyngiad_nwy|gollyngiad|arogl_nwy|ogla_nwy|gwynt_nwy|nwy|tan|llifogydd|dan_dwr|lladrad|carthion|carthffosiaeth|pibell_wedi_byrstio|byrstio|gwreichion*|sownd|lladrata|lladron|bwrgler*|byrgler* ~~ llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis', 'llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis ~ arogl_nwy|ogla_nwy|gwynt_nwy|nwy|tan|llifogydd|dan_dwr|lladrad|carthion|carthffosiaeth|pibell_wedi_byrstio|byrstio|gwreichion*|sownd|lladrata|lladron|bwrgler*|byrgler*', 'dwr ~~ nenfwd|golau|to|trydan|soced* ~ llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis', 'nenfwd ~~ disgyn|dod_lawr|cwympo|i_lawr|syrthio ~ llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis', 'torri|torrodd ~ mewn ~~ llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis', 'llynedd|blwyddyn_diwethaf|mis_diwethaf|gaeaf_diwethaf|haf_diwethaf|blynedd_yn_ol|blynyddoedd_yn_ol|misoedd_yn_ol|yn_19*|yn_20*|ym_mis ~ torri|torrodd ~ mewn', 'gollyngiad_nwy|gollyngiad|arogl_nwy|ogla_nwy|gwynt_nwy|nwy|tan|llifogydd|dan_dwr|lladrad|carthion|carthffosiaeth|pibell_wedi_byrstio|byrstio|gwreichion*|sownd|lladrata|lladron|bwrgler*|byrgler* ~~ trwsio|sortio|capio|gwneud_yn_ddiogel|diffodd', 'ddim yn? ~ arogli|clywed|ogla ~ nwy ~ bellach|rhagor|mwyach', 'dim arogl|ogla|gwynt nwy', 'diogelwch|risg|drws|drysau|allanfa|asesiad tan yn y? ~ fflat|ty|gegin|cegin|bloc|grisiau|stafell|llofft|adeilad|coridor|landin', 'larwm ~~ angen ~ batri', 'handlen|dolen|clicied* ~ ffenest* ~~ malu|torri', 'tan dydd|yfory|fory|diwedd|hwyr|wythnos|mis', 'os ~ bydd|bydda|byddaf|byddwn|byddwch ~~ ogla|arogl|gwynt|oglau|arogli|clywed ~ nwy', 'gosod|profi|newid|tsiecio|gwirio|angen ~ larwm* carbon|co monocsid?', 'tan nwy|trydan|glo', 'bygwth ~ llys|troi_allan|troi_fi_allan|beiliaid|ol_ddyledion', 'ers|ar_ol ~ y? lladrad|tan|llifogydd|gollyngiad|torri_i_mewn', 'gollyngiad_nwy|arogl_nwy|ogla_nwy|gwynt_nwy|carbon_monocsid|gwenwyn|petrol|tan|llifogydd|dan_dwr|lladrad|carthion|byrstio|gwreichion*|sownd|lladrata|lladron|bwrgler*|byrgler*|torri_i_mewn ~~ ers ~ 19*|20*', 'gollyngiad_nwy|arogl_nwy|ogla_nwy|gwynt_nwy|carbon_monocsid|gwenwyn|petrol|tan|llifogydd|dan_dwr|lladrad|carthion|byrstio|gwreichion*|sownd|lladrata|lladron|bwrgler*|byrgler*|torri_i_mewn ~~ ers_blynyddoedd|ers_dwy_flynedd|ers_tair_blynedd|flynyddoedd_yn_olynol', 'dwr ~~ nenfwd|golau|to|trydan|soced* ~~ ers ~ 19*|20*', 'blwyddyn_a_hanner|blynyddoedd|misoedd o? dwr ~~ nenfwd|golau|to|trydan|soced*', 'papur wal ~ disgyn|cwympo|syrthio', 'gwenwyn|petrol ~~ drws|blwch_llythyrau ~~ llynedd|blwyddyn_diwethaf|misoedd_yn_ol|blynyddoedd_yn_ol|yn_y_gwanwyn|yn_yr_haf|yn_y_gaeaf|yn_yr_hydref', 'os|pe_bai|petai ~ tan yn y? fflat|ty|gegin|cegin|bloc|grisiau|stafell|llofft|adeilad', 'rhag ofn ~ fo|fe|hi|nhw|iddo|iddi|iddyn', 'symud|symudwyd|symud_allan|symud_mas ~~ llifogydd|tan|dan_dwr', 'gollyngiad_nwy|arogl_nwy|ogla_nwy|nwy|tan|llifogydd|dan_dwr|lladrad|carthion|byrstio|sownd|lladrata|lladron|nenfwd ~~ mis|fis ~ ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr', 'nenfwd ~~ disgyn|dod_lawr|cwympo|i_lawr|syrthio ~ mis|fis ~ ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr', 'pan ~ daeth|cwympodd|syrthiodd|disgynnodd ~ y? nenfwd ~ i? lawr?', 'swn|poen|llwydni|tamprwydd|drewdod|straen ~~ fy lladd', 'dyn|boi|peiriannydd|engineer nwy|gas ~~ trwsio|sortio|capio ~~ gollyngiad', 'ers ~ dwy|tair|pedair|pum ~ blynedd|flynedd ~~ cam_drin|hiliol ~ yn? hiliol?', 'riportio|adrodd|cwyno ~~ cam_drin|hiliol', 'cerdded|dod ~ i? mewn ~~ ddim yn teimlo yn? saff|diogel', 'rhywun ~~ clo|cloeon ~ y? sied|storfa_biniau|giat|garej|car|beic'],
  },
  // --- A hazard named, not sure to be an emergency (triage asks; see src/triage/hazard.ts) ---
  // Written from the kinds of hazard a contact-centre officer listens for, not from any corpus:
  // gas, electrics, water near electrics, fire and smoke, a structure coming down, carbon
  // monoxide, sewage, a home that will not lock.
  hazard: {
    en: [
      'gas', 'gassy', 'smell* ~~ gas', 'gas ~~ smell*|stink*|reek*|leak*|hiss*|escap*',
      'electric*|wiring|wires|wire|fuse*|fusebox|consumer_unit|socket*|plug*|switch* ~~ spark*|burn*|smok*|scorch*|melt*|hot|bang|buzz*|crackl*|fizz*|shock*|exposed|hanging|singe*|black',
      'spark|sparks|sparking|sparked|sparkin', 'exposed ~ wire*|wiring', 'bare wire*', 'live wire*', 'electric shock', 'got a shock', 'shocked me', 'smell* ~~ burning', 'burning smell', 'burning plastic',
      'water|leak*|drip*|wet|soaked|damp ~~ light*|lamp*|bulb*|socket*|switch*|fuse*|fusebox|consumer_unit|electrics|wiring|wires|plug*|extension_lead',
      'light*|socket*|switch*|fuse*|fusebox|consumer_unit|electrics|wiring ~~ water|leak*|drip*|wet|soaked',
      'fire', 'fires', 'flame*', 'smoke', 'smoky', 'smoking', 'burning', 'burnt', 'on fire', 'smouldering',
      'ceiling|wall|walls|roof|floor|floorboards|stairs|staircase|chimney|balcony|beam|joist*|plaster|window_frame ~~ collaps*|falling|fall|fell|fallen|coming_down|come_down|came_down|caving|caved|give_way|gave_way|giving_way|sagg*|bulg*|bowing|buckl*|rotten|loose|crumbl*|hanging|dropping|unsafe|unstable|subsid*',
      'subsidence', 'structural', 'falling apart', 'coming apart',
      'carbon monoxide', 'co alarm*|detector*|monitor*|sensor*|tester*|reader*', 'carbon_monoxide alarm*|detector*|monitor*', 'fumes', 'poisoning',
      'smoke|fire|heat alarm* ~~ going_off|beep*|sound*|flash*|chirp*|screech*|went_off|keeps',
      'sewage', 'sewer', 'raw waste', 'human waste', 'foul water', 'toilet* ~~ overflow*|backing_up|backed_up|coming_up|bubbling',
      'door*|window*|lock*|latch ~~ wont|doesnt|cant|cannot|not|wouldnt|unable ~~ lock|locks|locking|shut|shutting|close|closing|secure|securing',
      'lock*|latch ~~ broken|broke|bust|snapped|smashed|forced|jammed|hanging', 'broken lock*', 'insecure', 'not secure', 'no lock', 'cant lock|secure', 'wont lock',
      // fourth pass (issue #19): 
      'smashed|broke|broken|bust|snapped|forced ~~ lock*|latch',
      // fourth pass (issue #19): 
      'tree|branch ~~ leaning|cracked|split|fallen|fell|falling|coming_down', 'glass ~~ everywhere|smashed|shattered',
      // fifth pass (issue #19), written from the categories, not from any corpus line: water
      // escaping faster than it can be caught; an appliance doing what it must not; a shock by
      // another name; sewage by another name; a crack that is growing.
      'water ~~ pouring|gushing|spraying|spurting|cascading|streaming|everywhere|wont_stop|cant_stop|not_stopping|rising',
      'cant|cannot|unable_to ~ turn_off|stop|find ~~ water|stopcock|stop_tap|leak',
      'cooker|hob|oven|heater|fire|boiler|cylinder|tank|appliance|radiator|pipe* ~~ hissing|spraying|spurting|sparking|smoking|banging|glowing|shooting|blowing_out',
      'tingle|tingling|jolt|zapped|zap ~~ from|off|when|touch*',
      'effluent', 'drain*|manhole ~~ overflowing|overflow*|backing_up|backed_up|bubbling|coming_up|flooding',
      'crack* ~~ getting_bigger|growing|widening|wider|spreading',
      // Categories the urgent cues hold and the question did not: a flood or burst, water coming
      // through from above, no power or no water at all, a break-in.
      'flood*', 'burst', 'water ~~ through|coming_in|coming_through ~~ ceiling|roof|light*|upstairs',
      'no|without power|electric|electricity|water|water_supply|running_water', 'power cut', 'power ~~ gone|off|out|tripped',
      'break in', 'broken into', 'broke in|into', 'burgled', 'burglar*', 'kicked in',
    ],
    cy: [
      'nwy', 'gas', 'arogl|ogla|oglau|gwynt|drewi|arogli|ogleuo|gwynto ~~ nwy|gas', 'nwy|gas ~~ gollwng|gollyngiad|hisian|dianc|drewi',
      'trydan|weirio|gwifr*|ffiws*|bocs_ffiws|soced*|plwg|plygiau|switsh*|switch ~~ gwreichion*|llosgi|mwg|mygu|toddi|poeth|boeth|clec|clecian|sioc|suo|noeth|hongian|du',
      'gwreichion*', 'gwifr* ~ noeth|byw|hongian', 'sioc drydan', 'cael sioc', 'arogl|ogla|oglau|gwynt|drewi ~~ llosgi', 'plastig ~ llosgi|toddi',
      'dwr|gollwng|diferu|gwlyb|gollyngiad ~~ golau|goleuadau|bwlb|soced*|switsh*|ffiws*|bocs_ffiws|trydan|weirio|gwifr*|plwg',
      'golau|goleuadau|soced*|switsh*|ffiws*|bocs_ffiws|trydan|weirio ~~ dwr|gollwng|diferu|gwlyb',
      'ar dan', 'tan yn', 'tan ar', 'fflam*', 'mwg', 'myglyd', 'mygu', 'llosgi', 'wedi llosgi',
      'nenfwd|wal|waliau|to|llawr|lloriau|grisiau|star|staer|simdde|balconi|trawst*|plastr ~~ disgyn|cwympo|syrthio|dod_lawr|dod_i_lawr|chwalu|pydru|pwdr|rhydd|hongian|chwyddo|bochio|suddo|ansefydlog|anniogel|simsan',
      'strwythurol', 'syrthio|cwympo yn ddarnau',
      'carbon monocsid', 'larwm|synhwyrydd|teclyn|monitor ~~ carbon|co', 'mygdarth', 'gwenwyn*',
      'larwm ~~ mwg|tan|gwres ~~ canu|bipian|seinio|fflachio|sgrechian|mynd_off',
      'larwm ~~ canu|bipian|seinio|fflachio|sgrechian|mynd_off ~~ mwg|tan',
      'carthion', 'carthffos*', 'dwr budr|brwnt', 'toiled|ty_bach ~~ gorlifo|codi|byrlymu|dod_yn_ol',
      'drws|drysau|ffenest*|clo|cloeon|clicied ~~ ddim|dim|methu|heb ~~ cloi|cau|ddiogel|diogel',
      'clo|cloeon|clicied ~~ torri|wedi_torri|malu|sownd|hongian', 'methu cloi', 'ddim yn cloi', 'ddim yn ddiogel', 'anniogel', 'dim clo',
      // fourth pass (issue #19): 
      'malu|torri|chwalu|gorfodi ~~ clo|cloeon|clicied',
      // fourth pass (issue #19): 
      'coeden|cangen ~~ pwyso|hollti|cracio|disgyn|cwympo|syrthio', 'gwydr ~~ ym_mhobman|malu|chwalu',
      // fifth pass (issue #19): the same categories in Welsh.
      'dwr ~~ pistyllio|tywallt|arllwys|llifo|ffrydio|ym_mhobman|ddim_yn_stopio|methu_stopio|codi',
      'methu|ddim_yn_gallu ~ troi|stopio|cau|ffeindio|dod_o_hyd ~~ dwr|stopfalf|tap',
      'popty|hob|gwresogydd|tan|boeler|boiler|tanc|peipen|peipiau|pibell*|rheiddiadur ~~ hisian|chwistrellu|gwreichioni|mygu|clecian|tasgu',
      'pigo|goglais ~~ trydan|cyffwrdd|soced|switsh',
      'carthffosiaeth', 'draen*|twll_archwilio ~~ gorlifo|codi|byrlymu|llenwi',
      'crac* ~~ mynd_yn_fwy|tyfu|lledu|lledaenu',
      'llifogydd', 'dan ddwr', 'byrstio', 'dwr ~~ trwy|drwy|dod_i_mewn|dod_trwy ~~ nenfwd|to|golau|llofft',
      'dim|heb trydan|pwer|cyflenwad_dwr', 'dim|heb dwr ~ o_gwbl|yn_y_tap*|yn_y_tapiau|yn_y_ty|yn_y_fflat|yn_dod', 'toriad trydan|pwer', 'trydan|pwer ~~ wedi_mynd|diffodd|torri',
      'torri mewn', 'torri i mewn', 'torrodd ~ mewn', 'lladrad', 'lladron', 'byrgler*', 'bwrgler*',
    ],
  },
  // A person hurt, scared, threatened or at risk: asked about, and the crisis contacts too on a yes.
  hazard_person: {
    en: [
      'hurt', 'hurting', 'injur*', 'bleeding', 'blood', 'fell', 'fallen', 'a fall', 'tripped', 'unconscious', 'collapsed', 'ambulance', 'a&e', 'hospital',
      'scared', 'frightened', 'afraid', 'terrified', 'petrified', 'fear*', 'panic*', 'unsafe', 'not safe', 'dont feel safe', 'in danger', 'danger*',
      'threat*', 'intimidat*', 'harass*', 'stalk*', 'attack*', 'assault*', 'violent', 'violence', 'abuse*', 'abusive', 'hit me|us|her|him', 'beat* me|her|him',
      'harm* myself|himself|herself|themselves', 'hurt* myself|himself|herself|themselves', 'self harm*', 'suicid*', 'end it', 'end my life', 'kill* myself|himself|herself', 'overdose', 'want to die',
      'cant cope', 'cant go on', 'at risk', 'neglect*',
      // fourth pass (issue #19): 
      'trapped', 'had a fall',
      // fourth pass (issue #19): 
      'punch*', 'grabbed|pushed|kicked|slapped|choked|strangled|shoved me|her|him', 'strangl*', 'knife', 'stabbed', 'tablets|pills|paracetamol|meds ~~ taken|took|swallowed|overdose*', 'taken|took|swallowed ~~ tablets|pills|paracetamol|meds', 'run|running|carry|carrying|sell|selling ~ drugs', 'county lines', 'carer|relative|son|daughter|someone ~~ taking|took|stealing|using ~~ money|pension|bank_card|account',
      // fifth pass (issue #19), written from safeguarding practice's warning signs, not from any
      // corpus line: marks of harm on a body; being kept in or kept from people; the signs before
      // suicide (goodbyes, things given away, a plan); someone not seen; a child without care;
      // a threat told as what someone will do.
      'bruise*', 'black eye', 'marks|burns|cuts ~ on ~ her|his|my|their ~ arm*|arms|face|neck|legs|body',
      'locked|locks|locking|keeps|kept ~ me|her|him|us|them ~ in|inside|out', 'wont|doesnt|never ~ let ~ me|her|him ~ out|leave|go',
      'goodbye|farewell ~ letter*|note*|message*', 'giving|gave ~ away ~ my|his|her ~ things|stuff|belongings',
      'not|never ~ be ~ here ~ tomorrow|much_longer|anymore', 'no way out', 'end ~ everything|things',
      'not seen|havent_seen|hasnt_been_seen ~~ days|week|weeks', 'post|milk|letters ~~ piling_up|piled_up|on_the_doorstep', 'curtains ~~ closed|shut ~~ days',
      'child*|kids|baby|toddler ~~ alone|on_their_own|on_his_own|on_her_own|unattended|no_adult|nobody_with|crying_for_hours',
      'kill|hurt|get|burn ~ me|us|her|him|my_kids ~~ if|when|next_time|one_day',
      // ninth safety pass (issue #19), by category of the safeguarding lines that went unflagged and
      // unasked (docs/triage/flags.md), each written for the category, not a line: someone not seen
      // or not answering; an adult left without care, food or medicine; someone not eating or not
      // looking after themselves; money taken or a home used by others; control (kept out, not
      // allowed); a named person at the door, an order against them; a child alone or approached; hate
      // told as acts (racist, acid, a brick); nowhere to sleep tonight. Asked, never flagged.
      'she|neighbour|woman|lady|mum|mother|nan|gran|aunt ~ hasnt|has_not|not|hadnt ~ been_out|been_seen|answered|opened|left ~~ days|week|weeks|since',
      'he|man|gentleman|dad|grandad|uncle ~ hasnt|has_not|hadnt ~ been_seen|answered_the_door|answered_his_door|opened_the_door|opened_his_door|opened_his_curtains ~~ days|week|weeks|since',
      'missed|missing|gone_without|without|not_had|hasnt_had ~ her|his|their ~ medication|tablets|meds|insulin|meals|food|care_visits|carer',
      'carer|care_worker|care_staff|son|daughter ~~ not_turned_up|hasnt_turned_up|didnt_turn_up|not_come|hasnt_come|gone_away|gone_off|stopped_coming',
      'nobody|no_one|noone ~ is? ~ shopping|cooking|feeding|looking_after|caring_for|checking_on ~ for? ~ her|him|them',
      'not|hasnt_been|stopped|isnt ~ eating', 'not|stopped|isnt ~ looking_after ~ himself|herself|themselves',
      'taking|took|takes ~ her|him|them ~ to_the? ~ cash_machine|cashpoint|bank|post_office',
      'lads|men|boys|strangers|youths|people ~~ in_and_out|coming_in|going_in|staying ~~ his|her ~ flat|house|place',
      'controlling', 'coercive', 'not allowed in|into|back_in|home|out|to_leave', 'not allowed to ~ go|come|get ~ in|into|back|home|out', 'not allowed to see ~ her|his|my|their ~ family|friends|kids|children|mum|sister|brother',
      'non_molestation|restraining|protection|occupation order', 'refuge',
      'ex|ex_partner|ex_husband|ex_boyfriend|ex_wife|ex_girlfriend ~~ banging|hammering|kicking|outside|at_the_door|at_my_door|turned_up|followed|following|found_out|keeps_coming|watching|yelling|shouting',
      'year_old|yr_old|girl|boy|son|daughter ~~ on_her_own|on_his_own|alone',
      'child*|kids|year_old ~~ out|outside|on_the_street ~~ midnight|all_night|late_at_night|till_late|until_late',
      'man|men|adult|stranger ~~ asking|approaching|following|touching|photographing|messaging ~ my|her|his|the ~ daughter|son|child|kids|children|girl|boy|year_old',
      'shouting|screaming|yelling ~ at ~ his|her|their|the ~ kids|children|child|baby',
      'offering|offered|selling|sold|giving|gave ~ my|the|our|her|his? ~ kids|children|child|son|daughter|year_old|boy|girl|teenager ~ weed|drugs|cannabis|alcohol',
      'racist', 'racial', 'racially', 'acid', 'brick|stone|rock|bottle|firework ~~ through|thrown|threw|throwing',
      'evicted|kicked_out|thrown_out|turned_out ~~ tonight|today|nowhere', 'nowhere ~ to ~ go|sleep', 'sleeping ~ in ~ the|my|a ~ car|van|tent|park', 'sleeping rough',
    ],
    cy: [
      'brifo', 'wedi brifo', 'anaf*', 'gwaedu', 'gwaed', 'wedi cwympo', 'wedi syrthio', 'baglu', 'anymwybodol', 'ambiwlans', 'ysbyty',
      'ofn', 'ofnus', 'ofnadwy o ofn', 'dychryn*', 'arswyd*', 'panig', 'anniogel', 'ddim yn ddiogel', 'dim yn saff', 'ddim yn saff', 'mewn perygl', 'perygl*',
      'bygwth*', 'bygythiad*', 'bygythiol', 'codi ofn', 'aflonyddu', 'ymosod*', 'treisgar', 'trais', 'cam-drin', 'camdrin', 'cam drin', 'taro fi|ni|hi|fo|fe',
      'niweidio fy|ei hun|hunan', 'brifo fy|ei hun|hunan', 'hunan niweidio', 'hunanladd*', 'lladd fy|ei hun|hunan', 'gorddos', 'eisiau|isio marw',
      'methu ymdopi', 'methu cario mlaen|ymlaen', 'mewn risg', 'esgeulus*',
      // fourth pass (issue #19): 
      'wedi disgyn', 'caeth',
      // fourth pass (issue #19): 
      'dyrnu', 'tagu', 'gwthio|cicio|slapio fi|hi|fo|fe', 'cyllell', 'trywanu', 'tabledi|pils|moddion ~~ cymryd|llyncu|gormod', 'cymryd|llyncu ~~ tabledi|pils|moddion', 'gwerthu|cario ~ cyffuriau', 'gofalwr|perthynas|mab|merch|rhywun ~~ cymryd|dwyn|mynd_a ~~ arian|pensiwn|cerdyn',
      // fifth pass (issue #19): the same warning signs in Welsh.
      'clais', 'cleisiau', 'llygad ddu', 'marciau|llosgiadau|toriadau ~ ar ~ ei|fy ~ braich|breichiau|wyneb|gwddf|coesau|corff',
      'cloi ~ fi|hi|fo|fe|ni ~ i_mewn|yn_y_ty|allan', 'fy nghloi', 'ei chloi', 'ddim yn gadael ~ i_mi|iddi|iddo ~ fynd|adael',
      'llythyr*|nodyn|neges ~ ffarwel', 'rhoi ~ fy|ei ~ pethau|petha ~ i_ffwrdd',
      'ddim yma ~ fory|yfory|llawer_hirach', 'dim ffordd allan', 'rhoi diwedd ar ~ bopeth|y_cyfan|y_cwbl|bob_dim|pethau',
      'heb ~ ei|eu ~ weld|gweld ~~ dyddiau|ddyddiau|wythnos|wythnosau', 'post|llefrith|llaeth|llythyrau ~~ pentyrru|casglu|ar_y_stepen', 'llenni ~~ ar_gau ~~ dyddiau|ddyddiau',
      'plentyn|plant|babi ~~ ar_ben_ei_hun|ar_ben_eu_hunain|heb_neb|heb_oedolyn|crio_am_oriau',
      'lladd|brifo|llosgi ~ fi|ni|hi|fo|fe|y_plant ~~ os|pan|tro_nesa|rhyw_ddiwrnod',
      // ninth safety pass (issue #19): the same categories in Welsh, north and south.
      'ddim|heb ~ wedi? ~ agor|ateb ~ y|ei? ~ drws|llenni ~~ ers|dyddiau|ddyddiau|wythnos*', 'ddim|heb ~ wedi? ~ bod ~ allan|mas ~~ ers|dyddiau|ddyddiau|wythnos*', 'ddim|heb ~ wedi? ~ gadael ~ y|ei ~ fflat|ty|cartref|stafell ~~ ers|dyddiau|ddyddiau|wythnos*', 'heb ~ ei|eu ~ weld|gweld ~~ ers', 'llenni ~~ ar_gau ~~ ers',
      'colli|heb ~ ei|eu ~ tabledi|moddion|meddyginiaeth|inswlin|prydau|bwyd',
      'gofalwr|gofalwraig|gofalwyr|gweithiwr_cymorth|mab|merch ~~ wedi_mynd|wedi_mynd_i_ffwrdd|ddim_wedi_dod|heb_ddod|heb_droi_fyny|ddim_yn_dod|wedi_stopio_dod',
      'neb ~ yn? ~ siopa|gofalu|bwydo|coginio|edrych_ar_ol|tsiecio ~ iddi|iddo|iddyn|amdani|amdano|arni|arno|ar_ei_hol|ar_ei_ol',
      'ddim yn bwyta', 'heb fwyta', 'ddim yn edrych ar ol ei hun|hunan',
      'mynd ~ a ~ hi|fo|fe|o ~ i ~ y? twll_yn_y_wal|banc|swyddfa_bost',
      'hogia|hogiau|bechgyn|dynion|dieithriaid ~~ mynd_i_mewn|dod_i_mewn|mynd_mewn|dod_mewn|aros ~~ fflat|ty',
      'mae ~ o|hi|fo|fe ~ yn ~ ddryslyd|dryslyd|ffwndrus', 'ddim yn deall ~~ be_sy|beth_sy|be_sydd|beth_sydd ~ yn? ~ digwydd|mynd_ymlaen',
      'ddim yn cael ~ mynd|dod|gadael|gweld ~ i? ~ mewn|allan|mas|adra|adre|adref|gartref|ei|ei_theulu|ei_deulu|ffrindiau',
      'gorchymyn ~ atal|gwahardd|amddiffyn', 'lloches',
      'cyn ~ cariad|partner|gwr|gwraig ~~ curo|bangio|dyrnu|tu_allan|wrth_y_drws|gweiddi|sgrechian|dilyn|troi_fyny',
      'curo|bangio|dyrnu ~ ar? ~ y|fy|ein ~ drws ~~ nawr|rwan|heno|gweiddi|sgrechian',
      'oed ~~ ar_ben_ei_hun|ar_ei_phen_ei_hun|ar_ben_ei_hunan|ar_ei_ben_ei_hun',
      'plant|plentyn ~~ allan|mas|ar_y_stryd|tu_allan ~~ hanner_nos|drwy_y_nos|tan_yn_hwyr|yn_hwyr_y_nos',
      'gweiddi|sgrechian|bloeddio ~ ar ~ ei|eu ~ plant|plentyn|babi',
      'cynnig|gwerthu|rhoi ~~ cyffuriau|canabis|gwair|alcohol ~~ plant|plentyn|mab|merch|oed', 'cynnig|gwerthu|rhoi ~~ plant|plentyn|mab|merch|oed ~~ cyffuriau|canabis|alcohol',
      'hiliol', 'casineb', 'asid', 'bric|bricsen|carreg|potel|tan_gwyllt ~~ trwy|drwy|taflu|taflwyd',
      'troi|taflu|cicio ~ ni|fi|hi|fo|nhw? ~ allan|mas ~~ heno|heddiw', 'dim unman|nunlle|unlle ~ i ~ fynd|cysgu|aros', 'cysgu ~ yn ~ y|fy ~ car|fan|pabell|parc', 'cysgu allan|ar_y_stryd', 'lle ~ dan|dyn|ydyn ~ ni ~ yn? ~ mynd',
    ],
  },
  // No heat or hot water: a hazard only beside someone it could harm (hazard_frail).
  hazard_cold: {
    en: ['no|without ~ heating|heat|hot_water|warm_water', 'heating|boiler|hot_water|radiators ~~ not_working|broken|off|gone|stopped|packed_up|died|dead|cold|wont|doesnt|isnt', 'freezing', 'so cold', 'too cold', 'cold'],
    cy: ['dim|heb ~ gwres|dwr_poeth|dwr_twym|gwresogi', 'gwres|boeler|boiler|rheiddiadur* ~~ ddim|dim|torri|stopio|marw|oer|methu', 'rhewi', 'oer', 'oerfel'],
  },
  hazard_frail: {
    en: ['baby', 'babies', 'newborn', 'infant', 'toddler', 'child', 'children', 'kids', 'kid', 'son', 'daughter', 'little one*', 'pregnant', 'old', 'elderly', 'pensioner', 'older', 'ill', 'sick', 'poorly', 'unwell', 'disabled', 'disability', 'wheelchair', 'frail', 'vulnerable', 'asthma', 'chest', 'heart', 'cancer', 'dementia', 'medical', 'medication', 'condition',
      // An age or a grandparent says who is at risk of the cold as plainly as "elderly" (found
      // trying the bot: "the boiler's broken, my mum is 80 and cold" was not asked about danger).
      'is|aged|age|shes|hes|turned|turning 65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99', '65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99 year_old|years_old|yr_old|yrs_old|yo', 'in his|her|their|my 60s|70s|80s|90s|sixties|seventies|eighties|nineties',
      'nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparent*'],
    cy: ['babi', 'babis', 'baban', 'plentyn', 'plant', 'mab', 'merch', 'un bach', 'rhai bach', 'beichiog', 'hen', 'oedrannus', 'henoed', 'pensiynwr', 'sal', 'tost', 'salwch', 'anabl', 'anabledd', 'cadair olwyn', 'bregus', 'asthma', 'brest', 'cyflwr|problem*|clefyd|trafferth|salwch ~ calon', 'calon wan|ddrwg|gwan|drwg', 'canser', 'dementia', 'meddygol', 'cyflwr', 'moddion', 'meddyginiaeth',
      'yn 65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99 oed?', '65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99 oed', 'yn ei|eu saithdegau|wythdegau|nawdegau', 'nain|taid|mamgu|tadcu|mam_gu|tad_cu|nanna'],
  },
  // Where a hazard word names no hazard: bills, readings, checks, fittings, safety paperwork.
  hazard_setting: {
    en: [
      'gas|electric*|energy ~ bill*|account|supplier|provider|tariff|card|key|top_up|topup|credit|price*|company|contract|statement|direct_debit',
      'gas|electric*|electricity|energy|water ~~ meter* ~~ reading*|read|readings|number', 'meter* ~ reading*', 'read ~ the? meter*',
      'gas|electric*|electrical|fire|smoke|co|carbon_monoxide safety ~~ check*|certificate*|inspection*|test*|service*|visit*|appointment*',
      'gas|boiler|electric*|electrical|fire|wiring ~ check*|certificate*|inspection*|test*|testing|service|servicing|survey*|assessment*|appointment*|engineer',
      'fire|smoke door*|exit*|escape*|safety|risk|extinguisher*|blanket*|drill*|assessment*|brigade_visit|officer',
      'fire|smoke|co|carbon_monoxide|heat alarm*|detector*|sensor* ~~ fitted|fit|fitting|installed|install|tested|test|testing|serviced|checked|check|replaced|replace|new|battery|batteries|upgrade*|put_in|wants|need|needs',
      'gas cooker|hob|oven ~~ install*|fitted|connect*|new|disconnect*', 'no smoking', 'stopped smoking', 'quit smoking', 'smoking ~ ban|area|shelter',
      'hurt my feelings', 'fear of missing', 'dont fear', 'no fear', 'old flat|house|home|address|boiler|carpet*|kitchen', 'fire door inspection',
      'cold caller*|calling', 'cold ~ call*', 'common cold', 'a cold',
      // fourth pass (issue #19): 
      'soot|smoke marks|stains|damage', 'bleed ~ the? radiator*', 'radiator* ~~ bleed|bled|bleeding',
      // fourth pass (issue #19): 
      'bleed it|them',
      // tenth safety pass (issue #19): a boiler that will not light is no fire ("no gas smell, the boiler won't fire up").
      'wont|doesnt|didnt|wouldnt|not|cant|isnt ~ fire|fires|firing up',
      // twelfth safety pass (issue #19), by category of the training split's other lines asked the
      // danger question (docs/triage/flags.md), each written for the category, not a line:
      // gas as a supply or a name; smoke as what people smoke; an alarm tested, fitted or chirping
      // for its battery; a hospital appointment; a threat of process (court, eviction, entry);
      // an attack on computers, an injury benefit; falling out or behind; "sick of this"; harm
      // told as absent; fear of money or post; "I'm afraid it doesn't" as a courtesy.
      'gas and|or|& electric|electricity|water', 'electric|electricity|water and|or|& gas', 'british gas', 'gas supply|supplies|charge*|payment*|usage', 'gas ~ back on', 'gas engineers',
      'smoke|smoking|smoked|smokes ~ weed|cannabis|dope|skunk|spliff*|joint*|cigarette*|fags', 'weed|cannabis|skunk|cigarette*|tobacco|fag smoke|smoking',
      'test|testing|check|checking|fit|fitting|replace|service|install ~~ smoke|fire|heat|co|carbon_monoxide alarm*|detector*',
      'smoke|fire|heat|co|carbon_monoxide alarm*|detector* ~~ chirp*|beep*|bleep* ~~ every|battery|batteries|low',
      'hospital appointment*', 'appointment* ~ at|in ~ the? hospital',
      // a stay in hospital told as over, or as why an appointment must move
      'been|come|came|home|back|discharged ~ in|out_of|from ~ the? hospital', 'swap|move|change|rearrange|cancel|reschedule ~~ appointment* ~~ hospital',
      'threat|threats|threatening|threatened|threatens ~ court|eviction|legal_action|arrears_action|possession|bailiffs|to_force|force_entry|to_evict|to_take_me_to_court',
      'letter*|notice* ~ threatening ~~ court|eviction|legal|arrears|possession|bailiffs|force|entry',
      'lodger|flatmate ~ is? ~ threatening to leave|move_out',
      'cyber attack*', 'cyberattack*', 'attack on ~ your|the ~ systems|computers|it',
      'injury|injuries benefit*|compensation|claim', 'industrial injur*',
      'fallen|fell|falling out with', 'fallen|fell|falling behind',
      'sick of', 'sick and tired', 'sick to death',
      'nobody|no_one|noone ~ was|got|were|has_been ~ hurt|injured|harmed', 'nobody|no_one|noone ~ was|got|were|has_been ~ hurt|injured|harmed or threatened|hurt|injured',
      'scared|afraid|frightened|terrified of losing', 'scared|afraid|frightened|terrified to open',
      'im|i_am afraid it|this|that ~ doesnt|does_not|didnt|isnt|wasnt|hasnt|wont|cant',
    ],
    cy: [
      'nwy|trydan|ynni ~ bil*|cyfrif|cyflenwr|tariff|cerdyn|allwedd|credyd|pris*|cwmni|cytundeb|debyd',
      'mesurydd ~~ darllen|darlleniad*|rhif', 'darllen ~ y? mesurydd',
      'nwy|trydan|tan|mwg|co diogelwch ~~ gwiriad*|tystysgrif*|archwiliad*|prawf|gwasanaeth*|ymweliad*|apwyntiad*',
      'nwy|boeler|boiler|trydan|weirio|tan ~ gwiriad*|tystysgrif*|archwiliad*|prawf|profi|gwasanaeth*|arolwg*|asesiad*|apwyntiad*|peiriannydd',
      'drws|drysau|allanfa|diogelwch|risg|asesiad|diffoddwr* ~ tan', 'larwm* ~ mwg|tan|carbon|co ~~ gosod|gosodwyd|profi|newid|newydd|batri|angen|tsiecio|gwirio',
      'bil*|cyfrif|cyflenwr|tariff|cerdyn|credyd|pris*|cwmni|cytundeb ~ nwy|trydan|ynni', 'darlleniad* ~~ mesurydd', 'mesurydd ~ nwy|trydan|dwr ~~ darllen|darlleniad*|rhif',
      'gwiriad*|tystysgrif*|archwiliad*|prawf|profi|gwasanaeth*|asesiad*|apwyntiad* ~ diogelwch? ~ nwy|trydan|tan|boeler|weirio', 'drws|drysau|allanfa|diffoddwr*|blanced ~ tan|mwg',
      'gosod*|profi|newid|tsiecio|gwirio|angen ~~ larwm* ~ mwg|tan|carbon|co',
      'dim smocio|ysmygu', 'wedi stopio smocio|ysmygu', 'hen fflat|ty|gartref|gyfeiriad|boeler|carped', 'ofn y bydd', 'annwyd',
      // fourth pass (issue #19): 
      'rhag ofn', 'gwaedu ~ y? rheiddiadur*', 'rheiddiadur* ~~ gwaedu', 'marciau|staen*|difrod mwg', 'dyn|boi|peiriannydd nwy',
      // fourth pass (issue #19): 
      'ei gwaedu',
      // twelfth safety pass (issue #19): the same categories in Welsh, and water told as absent
      // ("dim dŵr yn dod i mewn"), "tân ar" in a fire door's or an assessment's name, bleeding a
      // radiator mutated ("i'w waedu"), "cas" (nasty) mutated to "gas".
      'nwy a|ac|na dwr|thrydan|trydan', 'dwr|trydan a|na nwy', 'heb nwy', 'taliadau|tal|llythyr* ~ am? y? nwy', 'nwy ~ yn ol', 'torri y? nwy',
      'yn gas efo|gyda|hefo|wrth', 'mor gas', 'gas gen|gennyf|gennym|gan',
      'drws|drysau|allanfa|diogelwch|risg|asesiad|larwm*|diffoddwr* ~ tan ar', 'tan ar gyfer',
      'synhwyrydd* mwg|tan|co|carbon', 'larwm* ~ mwg|tan|carbon|co ~~ chirp|bipian|bipio|canu ~~ batri|batris|bob_munud|bob_hyn_a_hyn|isel',
      'dim|heb dwr ~ yn? ~ codi|dod_i_mewn|dod_mewn|dod_drwodd|gollwng|diferu',
      'iw|ei|eu waedu|gwaedu',
      'apwyntiad* ~ yn? y? ysbyty', 'apwyntiad ysbyty', 'wedi bod yn y? ysbyty', 'dod|ddod|dod_nol adre|adref|adra|allan|mas|nol o y? ysbyty',
      'llythyr* ~ yn? bygwth|bygythiol ~~ llys|mynediad|troi_allan|dyled*|ol_ddyled*|beiliaid',
      'ymosodiad seibr', 'ymosodiad ar ~ eich|y ~ systemau|cyfrifiaduron',
      'budd_dal|budd_tal|budd|lwfans ~ anaf*',
      'ofn|ofnus ~ colli ~ y|fy? ~ ty|fflat|cartref',
    ],
  },
};

// The exclusion wording of the sixth kind round, kept in its own file (exclusion-cues.ts).
for (const [cue, words] of Object.entries(EXCLUSION_WORDING) as Array<[Cue, { en: string[]; cy: string[] }]>) {
  CUES[cue].en.push(...words.en);
  CUES[cue].cy.push(...words.cy);
}
